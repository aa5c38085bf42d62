// Is a query served by an index? EXPLAIN (FORMAT JSON) of it, walked for the nodes that read or
// order every readable row: a Seq Scan of an annotation table, or a Sort of more rows than a few
// pages (a top-N sort of the whole filtered set is still a sort of all of it).
import type pg from 'pg';

export type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Plan Rows': number; Plans?: PlanNode[] };

const annotationTables = new Set(['Annotation', 'AnnotationTarget']);

export type PlanVerdict = { byIndex: boolean; problems: string[]; indexes: string[] };

export async function explain(client: pg.Client | pg.Pool, text: string, values: unknown[] = []): Promise<PlanVerdict> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${text}`, values);
  return verdict(rows[0]!['QUERY PLAN'][0].Plan);
}

export function verdict(plan: PlanNode): PlanVerdict {
  const problems: string[] = [];
  const indexes = new Set<string>();
  const walk = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && annotationTables.has(node['Relation Name'] ?? '')) problems.push(`Seq Scan on ${node['Relation Name']}`);
    if (node['Node Type'].endsWith('Sort') && node['Plan Rows'] > 1_000)
      problems.push(`${node['Node Type']} of ~${node['Plan Rows'].toLocaleString('en')} rows`);
    if (node['Index Name']) indexes.add(node['Index Name']);
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return { byIndex: problems.length === 0, problems, indexes: [...indexes] };
}
