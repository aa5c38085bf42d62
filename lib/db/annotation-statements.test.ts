// Integration: how many statements each hot path sends, so that a regression fails here rather
// than in a benchmark, and the plan of the list query among 100,000 annotations.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { createAnnotation, getAnnotation, listAnnotations } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { findSessionUser } from '@/lib/auth/session-user';
import { annotationListQuerySchema, createAnnotationSchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
let statements: { sql: string; params: string }[] = [];
let logged: PrismaClient;

beforeAll(async () => {
  world = await setUpAnnotationWorld();
  logged = createPrismaClient(world.url, 4, { onQuery: (sql, params) => statements.push({ sql, params }) });
  state.prisma = logged;
  state.document = sampleDocument;
}, 60_000);
afterAll(async () => {
  await logged?.$disconnect();
  await world?.drop();
});
beforeEach(() => {
  statements = [];
});

const input = (fields: Record<string, unknown>) => createAnnotationSchema.parse({ color: 'yellow', ...fields });
const query = (fields: Record<string, unknown> = {}) => annotationListQuerySchema.parse(fields);
const sent = async (work: () => Promise<unknown>) => {
  statements = [];
  await work();
  return statements.map((s) => s.sql);
};

describe('statements per request', () => {
  it('creates an annotation with one statement once the document is known, and reads nothing back', async () => {
    await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')] }));
    const create = await sent(() =>
      createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p1', 'ko', '평양에서'), targetOf('p2', 'ko', '회담을')] })),
    );
    expect(create).toHaveLength(1);
    expect(create[0]).toMatch(/INSERT INTO "Annotation"[\s\S]*INSERT INTO "AnnotationTarget"/);
  });

  it('answers a repeated session check from its cache', async () => {
    const claims = { id: world.bob.id, sessionVersion: 0 };
    expect(await findSessionUser(claims)).toMatchObject({ id: world.bob.id });
    expect(await sent(() => findSessionUser(claims))).toHaveLength(0);
  });

  it('lists a page with two statements (the page, hydrated; the counts), and a third only to count a free-text match', async () => {
    expect(await sent(() => listAnnotations('sample', world.alice, query({ limit: 10 })))).toHaveLength(2);
    expect(await sent(() => listAnnotations('sample', world.alice, query({ limit: 10, scope: 'mine', language: 'en', color: 'yellow' })))).toHaveLength(2);
    expect(await sent(() => listAnnotations('sample', world.alice, query({ limit: 10, q: 'Both' })))).toHaveLength(3);
  });

  it('reads one annotation with one statement', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    expect(await sent(() => getAnnotation(note.id, world.alice))).toHaveLength(1);
  });
});

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Actual Rows': number; 'Actual Loops': number; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
// The tables that grow with the notes; a handful of users, documents or segments is read whole.
const scansAll = (node: PlanNode) => node['Node Type'] === 'Seq Scan' && ['Annotation', 'AnnotationTarget', 'Reply'].includes(node['Relation Name'] ?? '');

describe('the list query among 100,000 annotations', () => {
  const total = 100_000;
  const seminar = '5e5e5e5e-0000-4000-8000-000000000001';
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: world.url });
    await client.connect();
    // Half shared (by either reader), one in ten shared with a seminar Alice is in, the rest Alice's
    // or Bob's private ones, across the segments and languages, one in seven with a reply.
    await client.query(`INSERT INTO "Group" (id, name) VALUES ($1::uuid, 'Seminar')`, [seminar]);
    await client.query(`INSERT INTO "Membership" ("userId", "groupId", role) VALUES ($1::uuid, $3::uuid, 'OWNER'), ($2::uuid, $3::uuid, 'MEMBER')`, [
      world.alice.id,
      world.bob.id,
      seminar,
    ]);
    await client.query(
      `INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "groupId", "createdAt", "updatedAt", "firstSegmentId", "firstStart")
       SELECT gen_random_uuid(), s."documentId", CASE WHEN i % 3 = 0 THEN $1::uuid ELSE $2::uuid END, (ARRAY['en','ko','ja'])[1 + i % 3],
         (ARRAY['yellow','green','blue','pink','purple'])[1 + i % 5], 'note ' || i, ARRAY['tag' || (i % 200)],
         (CASE WHEN i % 2 = 0 THEN 'SHARED' WHEN i % 10 = 1 THEN 'GROUP' ELSE 'PRIVATE' END)::"Visibility",
         CASE WHEN i % 10 = 1 THEN $4::uuid END, now() - i * interval '1 second', now(), s.id, i % 7
       FROM generate_series(1, $3::int) AS i
       JOIN "Segment" s ON s.key = (ARRAY['title','p1','p2','p3'])[1 + i % 4]`,
      [world.alice.id, world.bob.id, total, seminar],
    );
    await client.query(`INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact)
      SELECT gen_random_uuid(), a.id, a."firstSegmentId", 0, a."firstStart", a."firstStart" + 1, 'x' FROM "Annotation" a
      WHERE NOT EXISTS (SELECT 1 FROM "AnnotationTarget" t WHERE t."annotationId" = a.id)`);
    // One in fifty compares languages: a second span in another column, the note's flag set.
    await client.query(`WITH compared AS (UPDATE "Annotation" a SET "crossLanguage" = true WHERE abs(hashtext(a.id::text)) % 50 = 0
        AND NOT EXISTS (SELECT 1 FROM "AnnotationTarget" t WHERE t."annotationId" = a.id AND t.ordinal > 0) RETURNING a.id, a.language, a."firstSegmentId")
      INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, ordinal, start, "end", exact)
      SELECT gen_random_uuid(), c.id, c."firstSegmentId", CASE WHEN c.language = 'en' THEN 'ja' ELSE 'en' END, 1, 0, 1, 'y' FROM compared c`);
    await client.query(`INSERT INTO "Reply" (id, "annotationId", "authorId", body, "createdAt", "updatedAt")
      SELECT gen_random_uuid(), a.id, a."authorId", 'reply', now(), now() FROM "Annotation" a WHERE a."firstStart" = 3`);
    await client.query('ANALYZE');
  }, 120_000);
  afterAll(() => client?.end());

  // The page statement as listAnnotations sends it, explained with its own parameters.
  async function planOf(fields: Record<string, unknown>): Promise<PlanNode> {
    await sent(() => listAnnotations('sample', world.alice, query({ limit: 100, ...fields })));
    const page = statements.find((s) => s.sql.includes('FROM "Annotation" a WHERE'))!;
    const params = JSON.parse(page.params) as unknown[];
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${page.sql}`, params);
    return (rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
  }

  const filters: Record<string, Record<string, unknown>> = {
    'no filter': {},
    'scope mine': { scope: 'mine' },
    language: { language: 'ko' },
    colour: { color: 'pink' },
    tag: { tag: 'tag17' },
    'a group (?group=)': { group: seminar },
    'open threads of a group': { group: seminar, resolved: 'false' },
    'comparisons (?crossLanguage=true)': { crossLanguage: 'true' },
  };
  for (const [name, fields] of Object.entries(filters)) {
    it(`walks an index for a page with ${name}: no sequential scan, no sort of more rows than the page (or a rare tag's notes)`, async () => {
      const plan = nodes(await planOf(fields));
      if (process.env.SHOW_PLANS)
        console.log(name, JSON.stringify(plan.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name'], n['Actual Rows'], n['Actual Loops']])));
      expect(plan.filter(scansAll).map((node) => node['Relation Name'])).toEqual([]);
      // A rare tag is found through its GIN index and only its notes are sorted: never every readable row.
      const matching = fields.tag ? (await listAnnotations('sample', world.alice, query(fields))).total : 0;
      const sortAtMost = fields.tag ? matching : 100;
      if (fields.tag) expect(matching).toBeLessThan(1_000);
      for (const sort of plan.filter((node) => node['Node Type'] === 'Sort')) expect(sort['Actual Rows']).toBeLessThanOrEqual(sortAtMost);
      expect(plan.some((node) => node['Relation Name'] === 'Annotation' && /Index|Bitmap Heap/.test(node['Node Type']))).toBe(true);
      if (fields.group) expect(plan.find((node) => node['Relation Name'] === 'Annotation')?.['Index Name']).toBe('Annotation_groupTextOrder_idx');
      if (fields.crossLanguage)
        expect(plan.find((node) => node['Relation Name'] === 'Annotation')?.['Index Name']).toBe('Annotation_crossLanguageTextOrder_idx');
    });
  }

  it('counts a group’s notes for its members, and none for an outsider', async () => {
    const members = await listAnnotations('sample', world.alice, query({ group: seminar, limit: 1 }));
    expect(members.total).toBe(total / 10);
    const outsider = await world.prisma.user.create({ data: { name: 'Outsider', email: 'outsider@example.org' }, select: { id: true } });
    const outside = await listAnnotations('sample', outsider, query({ group: seminar, limit: 1 }));
    expect([outside.total, outside.items.length]).toEqual([0, 0]);
  });

  // Eleven notes of the 100,000 say "note 4242…"; every one says "note".
  const terms: Record<string, { q: string; rare: boolean }> = {
    'a rare term': { q: 'NOTE 4242', rare: true },
    'a term in every note': { q: 'note', rare: false },
    'a term in no note': { q: '회담', rare: true },
  };
  for (const [name, { q, rare }] of Object.entries(terms)) {
    it(`serves free text with ${name} by an index: no sequential scan, no sort of more than the matches or the page`, async () => {
      const plan = nodes(await planOf({ q }));
      if (process.env.SHOW_PLANS)
        console.log(name, JSON.stringify(plan.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name'], n['Actual Rows'], n['Actual Loops']])));
      expect(plan.filter(scansAll).map((node) => node['Relation Name'])).toEqual([]);
      const { total } = await listAnnotations('sample', world.alice, query({ q }));
      if (rare) expect(total).toBeLessThan(100);
      for (const sort of plan.filter((node) => node['Node Type'] === 'Sort'))
        expect(sort['Actual Rows']).toBeLessThanOrEqual(rare ? Math.max(total, 100) : 100);
      // Rare terms come through the search index; a common one walks text order and stops at the page.
      if (rare) expect(plan.some((node) => node['Index Name'] === 'Annotation_searchText_idx')).toBe(true);
      else expect(plan.find((node) => node['Relation Name'] === 'Annotation')?.['Index Name']).toBe('Annotation_textOrder_idx');
    });
  }

  it('reaches a deep page through its cursor as cheaply as the first', async () => {
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const list = await listAnnotations('sample', world.alice, query({ limit: 500, ...(after ? { after } : {}) }));
      after = list.nextCursor;
    }
    const plan = nodes(await planOf({ after }));
    expect(plan.filter(scansAll).map((node) => node['Relation Name'])).toEqual([]);
    const walked = plan.filter((node) => node['Relation Name'] === 'Annotation').reduce((n, node) => n + node['Actual Rows'] * node['Actual Loops'], 0);
    expect(walked).toBeLessThan(1_000);
  });
});
