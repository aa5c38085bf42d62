// The baseline the create targets are measured against: plain `pg` writing the rows a plain
// highlight is (an "Annotation" row and its "AnnotationTarget" row) in one transaction, with
// nothing else: no validation, no re-read, no reshaping.
import pg from 'pg';
import type { CreateAnnotationInput } from '@/lib/validations/annotation';
import { slug } from './spans';

const known = {
  Annotation: ['id', 'documentId', 'authorId', 'language', 'color', 'comment', 'tags', 'visibility', 'createdAt', 'updatedAt', 'firstSegmentId', 'firstStart'],
  AnnotationTarget: ['id', 'annotationId', 'segmentId', 'ordinal', 'start', 'end', 'exact', 'prefix', 'suffix'],
};

// A column the schema gains later (a text-order key, say) that is required and has no default
// gets a constant of its type, so that the baseline keeps writing whole rows of the same width.
const constantOf: Record<string, string> = {
  integer: '0',
  bigint: '0',
  smallint: '0',
  numeric: '0',
  real: '0',
  'double precision': '0',
  text: "''",
  'character varying': "''",
  boolean: 'false',
  uuid: 'gen_random_uuid()',
  ARRAY: "'{}'",
  'timestamp without time zone': 'now()',
  'timestamp with time zone': 'now()',
  bytea: "''",
};

async function extraColumns(pool: pg.Pool, table: keyof typeof known): Promise<{ names: string; values: string }> {
  const { rows } = await pool.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER'
       AND NOT (column_name = ANY($2))`,
    [table, known[table]],
  );
  const values = rows.map((r) => {
    const value = constantOf[r.data_type];
    if (!value) throw new Error(`baseline: "${table}".${r.column_name} is required and of type ${r.data_type}, which it cannot fill`);
    return value;
  });
  return { names: rows.map((r) => `, "${r.column_name}"`).join(''), values: values.map((v) => `, ${v}`).join('') };
}

export type PgCreate = { create(authorId: string, body: CreateAnnotationInput): Promise<void>; end(): Promise<void> };

export async function pgCreate(url: string, poolSize = 32): Promise<PgCreate> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // pool.end() resolves once it has asked its clients to close, not once they have: a database
  // dropped right after (WITH (FORCE)) terminates them first, and an 'error' with no listener
  // would take the benchmark down at its very end.
  pool.on('error', () => {});
  const {
    rows: [doc],
  } = await pool.query<{ id: number }>('SELECT id FROM "Document" WHERE slug = $1', [slug]);
  const { rows: segments } = await pool.query<{ id: number; key: string }>('SELECT id, key FROM "Segment" WHERE "documentId" = $1', [doc!.id]);
  const segmentIds = new Map(segments.map((s) => [s.key, s.id]));
  const a = await extraColumns(pool, 'Annotation');
  const t = await extraColumns(pool, 'AnnotationTarget');
  // Where the schema keeps a search text, the row is written whole, as the app writes it (else the
  // targets' trigger would write the row a second time, and the baseline would be slower than it is).
  const {
    rows: [search],
  } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Annotation' AND column_name = 'searchText'`,
  );
  const searchText = search!.n ? { name: ', "searchText"', value: ', accord_search_text($5, $6, ARRAY[$10]::text[])' } : { name: '', value: '' };
  const insertAnnotation = `INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "createdAt", "updatedAt", "firstSegmentId", "firstStart"${a.names}${searchText.name})
    VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7::"Visibility", now(), now(), $8, $9${a.values}${searchText.value}) RETURNING id`;
  const insertTarget = `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, prefix, suffix${t.names})
    VALUES (gen_random_uuid(), $1, $2, 0, $3, $4, $5, $6, $7${t.values})`;
  return {
    async create(authorId, body) {
      const target = body.targets[0]!;
      const segmentId = segmentIds.get(target.segmentId);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const {
          rows: [row],
        } = await client.query<{ id: string }>(insertAnnotation, [
          doc!.id,
          authorId,
          body.language,
          body.color,
          body.comment,
          body.tags,
          body.visibility.toUpperCase(),
          segmentId,
          target.start,
          ...(searchText.name ? [target.exact] : []),
        ]);
        await client.query(insertTarget, [row!.id, segmentId, target.start, target.end, target.exact, target.prefix ?? '', target.suffix ?? '']);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    end: () => pool.end(),
  };
}
