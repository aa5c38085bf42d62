import { afterEach, describe, expect, it, vi } from 'vitest';
import { percentile, target, targetLine } from './report';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
  });

  it('gives the largest of fewer than a hundred values as their p99', () => {
    expect(percentile([3, 1, 2], 99)).toBe(3);
  });
});

describe('target', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a line that bench/run.ts collects, ok or MISS', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    expect(target('create over HTTP, 32 clients', '1,830/s = 38% of plain pg (5,010/s), p99 31 ms', '≥ 33%, p99 < 50 ms', true)).toBe(true);
    expect(target('list 100 of 100k, filter tag', 'p99 12 ms', '< 50 ms; plain query 4 ms', false)).toBe(false);
    expect(printed).toEqual([
      'create over HTTP, 32 clients: 1,830/s = 38% of plain pg (5,010/s), p99 31 ms (target ≥ 33%, p99 < 50 ms) ok',
      'list 100 of 100k, filter tag: p99 12 ms (target < 50 ms; plain query 4 ms) MISS',
    ]);
    expect(printed.every((line) => targetLine.test(line))).toBe(true);
  });

  it('is not fooled by a table row or a line without a verdict', () => {
    expect(targetLine.test('  over HTTP    40 creates  9/s  p50 2,128 ms')).toBe(false);
    expect(targetLine.test('export: 12 s (target < 10 s)')).toBe(false);
  });
});
