import { describe, expect, it } from 'vitest';
import { verdict, type PlanNode } from './plan';

const node = (type: string, rows: number, extra: Partial<PlanNode> = {}): PlanNode => ({ 'Node Type': type, 'Plan Rows': rows, ...extra });

describe('verdict', () => {
  it('accepts a page read along an index under its limit', () => {
    const plan = node('Limit', 100, { Plans: [node('Index Scan', 50_000, { 'Relation Name': 'Annotation', 'Index Name': 'Annotation_textOrder_idx' })] });
    expect(verdict(plan)).toEqual({ byIndex: true, problems: [], indexes: ['Annotation_textOrder_idx'] });
  });

  it('names a Seq Scan of the annotations and a sort of every readable row, however deep', () => {
    const plan = node('Limit', 100, {
      Plans: [
        node('Sort', 88_000, {
          Plans: [
            node('Hash Join', 88_000, {
              Plans: [node('Seq Scan', 88_000, { 'Relation Name': 'Annotation' }), node('Seq Scan', 40, { 'Relation Name': 'Segment' })],
            }),
          ],
        }),
      ],
    });
    expect(verdict(plan)).toEqual({ byIndex: false, problems: ['Sort of ~88,000 rows', 'Seq Scan on Annotation'], indexes: [] });
  });

  it('lets a small table be scanned and a small page be sorted', () => {
    const plan = node('Sort', 100, { Plans: [node('Seq Scan', 40, { 'Relation Name': 'Segment' })] });
    expect(verdict(plan).byIndex).toBe(true);
  });
});
