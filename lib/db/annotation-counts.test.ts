// Integration: the triggers that keep "AnnotationCount" and "firstPosition" agree with the rows,
// whatever writes them (the data layer, a bulk insert, a content re-sync).
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, createReply, deleteAnnotation, listAnnotations, updateAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { syncDocument } from '@/lib/db/sync-content';
import { annotationListQuerySchema, createAnnotationSchema, replySchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
});
afterAll(() => world?.drop());
beforeEach(async () => {
  state.document = sampleDocument;
  await world.prisma.annotation.deleteMany();
});

const input = (fields: Record<string, unknown>) => createAnnotationSchema.parse({ color: 'yellow', ...fields });
const query = (fields: Record<string, unknown> = {}) => annotationListQuerySchema.parse(fields);

/** The kept counts beside the same figures counted from the rows. */
async function keptAndCounted() {
  const kept = await world.prisma.$queryRaw<{ key: string; n: number }[]>`
    SELECT concat_ws(' ', "authorId", visibility, nullif("groupId", '00000000-0000-0000-0000-000000000000'), language, color, deleted, hidden) AS key, n
    FROM "AnnotationCount" WHERE n <> 0 ORDER BY 1`;
  const counted = await world.prisma.$queryRaw<{ key: string; n: number }[]>`
    SELECT concat_ws(' ', "authorId", visibility, "groupId", language, color, "deletedAt" IS NOT NULL, "hiddenAt" IS NOT NULL) AS key, count(*)::int AS n
    FROM "Annotation" GROUP BY 1 ORDER BY 1`;
  return { kept, counted };
}

describe('the kept counts', () => {
  it('follow creates, changes of colour and visibility, deletion into a placeholder and deletion outright', async () => {
    const shared = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')], visibility: 'shared' }),
    );
    const mine = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p1', 'ko', '평양에서')] }));
    await createAnnotation('sample', world.bob, input({ language: 'ja', color: 'pink', targets: [targetOf('p2', 'ja', '交渉')], visibility: 'shared' }));
    await updateAnnotation(mine.id, world.alice, { color: 'green', visibility: 'shared' });
    await createReply(shared.id, world.bob, replySchema.parse({ body: 'Keep this thread.' }));
    await deleteAnnotation(shared.id, world.alice);
    await deleteAnnotation(mine.id, world.alice);

    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    const list = await listAnnotations('sample', world.bob, query());
    // The placeholder is listed (it holds a thread) but not counted as a note.
    expect(list.total).toBe(2);
    expect(list.counts).toMatchObject({ visible: 1, mine: 1, byLanguage: { en: 0, ko: 0, ja: 1 }, byColor: { pink: 1, green: 0 } });
  });

  it('follow notes moved into and out of a group, hidden and unhidden, and count a group’s notes only for its members', async () => {
    const group = await world.prisma.group.create({ data: { name: 'Seminar', memberships: { create: [{ userId: world.alice.id, role: 'OWNER' }] } } });
    const carol = await world.prisma.user.create({ data: { name: 'Carol', email: 'carol-counts@example.org' } });
    await world.prisma.membership.create({ data: { groupId: group.id, userId: carol.id } });
    const inGroup = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')], visibility: 'group', groupId: group.id }),
    );
    const moved = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p1', 'ko', '평양에서')] }));
    await updateAnnotation(moved.id, world.alice, { visibility: 'group', groupId: group.id });
    await updateAnnotation(inGroup.id, world.alice, { hidden: true });
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    const visibleTo = async (viewer: { id: string } | null) => (await listAnnotations('sample', viewer, query())).counts.visible;
    expect([await visibleTo(world.alice), await visibleTo(carol), await visibleTo(world.bob), await visibleTo(null)]).toEqual([2, 1, 0, 0]);
    await updateAnnotation(inGroup.id, world.alice, { hidden: false });
    await updateAnnotation(moved.id, world.alice, { visibility: 'private' });
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    expect([await visibleTo(carol), await visibleTo(world.bob)]).toEqual([1, 0]);
    await world.prisma.membership.delete({ where: { userId_groupId: { userId: carol.id, groupId: group.id } } });
    expect(await visibleTo(carol)).toBe(0);
  });

  it('follow a bulk insert of many rows in one statement, and a user removed with their notes', async () => {
    const [p1] = await world.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM "Segment" WHERE key = 'p1'`;
    await world.prisma.$executeRaw`
      INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, visibility, "updatedAt", "firstSegmentId", "firstStart")
      SELECT gen_random_uuid(), s."documentId", ${world.bob.id}::uuid, 'en', (ARRAY['blue','pink'])[1 + i % 2], 'SHARED', now(), s.id, i
      FROM generate_series(1, 500) AS i, "Segment" s WHERE s.id = ${p1!.id}`;
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect((await listAnnotations('sample', null, query({ color: 'pink' }))).total).toBe(250);

    const carol = await world.prisma.user.create({ data: { name: 'Carol', email: 'carol@example.org' } });
    await createAnnotation('sample', carol, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')], visibility: 'shared' }));
    await world.prisma.user.delete({ where: { id: carol.id } });
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
  });
});

describe('text order', () => {
  it('keeps annotations in text order when a re-synced document moves its segments', async () => {
    const onP1 = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')] }));
    const onP3 = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    expect((await listAnnotations('sample', world.alice, query())).items.map((a) => a.id)).toEqual([onP1.id, onP3.id]);

    const [title, p1, p2, p3] = sampleDocument.segments;
    const reordered = { ...sampleDocument, segments: [title!, p3!, p2!, p1!] };
    await syncDocument(world.prisma, reordered);
    state.document = reordered;
    expect((await listAnnotations('sample', world.alice, query())).items.map((a) => a.id)).toEqual([onP3.id, onP1.id]);
    await syncDocument(world.prisma, sampleDocument);
  });

  it('pages through every annotation by cursor in the order one long page gives', async () => {
    for (let i = 0; i < 7; i++) {
      const author = i % 2 ? world.bob : world.alice;
      await createAnnotation(
        'sample',
        author,
        input({ language: 'en', targets: [targetOf(`p${1 + (i % 3)}`, 'en', i % 3 === 2 ? 'October' : 'Both')], visibility: 'shared' }),
      );
    }
    const whole = (await listAnnotations('sample', world.alice, query({ limit: 100 }))).items.map((a) => a.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await listAnnotations('sample', world.alice, query({ limit: 3, ...(after ? { after } : {}) }));
      paged.push(...page.items.map((a) => a.id));
      after = page.nextCursor;
    } while (after);
    expect(paged).toEqual(whole);
    expect(whole).toHaveLength(7);
  });

  it('refuses a cursor it did not make', () => {
    expect(annotationListQuerySchema.safeParse({ after: 'bm90IGEgY3Vyc29y' }).success).toBe(false);
    expect(annotationListQuerySchema.safeParse({ after: 'e30', offset: '5' }).success).toBe(false);
  });
});

describe('the search text kept on each annotation', () => {
  const rule = `accord_search_text(a.comment, a.tags, ARRAY(SELECT t.exact FROM "AnnotationTarget" t WHERE t."annotationId" = a.id ORDER BY t.ordinal))`;
  const wrongOrEmpty = async () => {
    const [row] = await world.prisma.$queryRawUnsafe<{ wrong: number; empty: number }[]>(
      `SELECT count(*) FILTER (WHERE a."searchText" IS DISTINCT FROM ${rule})::int AS wrong, count(*) FILTER (WHERE a."searchText" = '')::int AS empty FROM "Annotation" a`,
    );
    return row;
  };

  it('is written by the create itself, as the database’s rule gives it (without the targets’ trigger)', async () => {
    await world.prisma.$executeRawUnsafe(`ALTER TABLE "AnnotationTarget" DISABLE TRIGGER "AnnotationTarget_searchText"`);
    try {
      await createAnnotation(
        'sample',
        world.alice,
        input({ language: 'ko', comment: 'Talks', tags: ['정상화'], targets: [targetOf('p1', 'ko', '평양에서'), targetOf('p2', 'ko', '회담을')] }),
      );
    } finally {
      await world.prisma.$executeRawUnsafe(`ALTER TABLE "AnnotationTarget" ENABLE TRIGGER "AnnotationTarget_searchText"`);
    }
    expect(await wrongOrEmpty()).toEqual({ wrong: 0, empty: 0 });
  });

  it('is written by the targets’ trigger for any other writer, which sends no update when it is right already', async () => {
    const client = new pg.Client({ connectionString: world.url });
    await client.connect();
    try {
      // Rows of "Annotation" this session has updated (the figure is not reset at each commit).
      const updates = async () =>
        Number((await client.query<{ n: string }>(`SELECT pg_stat_get_xact_tuples_updated('"Annotation"'::regclass) AS n`)).rows[0]!.n);
      const insert = async (searchText: string | null) => {
        await client.query('BEGIN');
        const before = await updates();
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "updatedAt", "firstSegmentId", "firstStart"${searchText === null ? '' : ', "searchText"'})
           SELECT gen_random_uuid(), s."documentId", $1::uuid, 'en', 'yellow', 'A comment', ARRAY['tag'], 'PRIVATE', now(), s.id, 0${searchText === null ? '' : ', $2'}
           FROM "Segment" s WHERE s.key = 'p1' RETURNING id`,
          searchText === null ? [world.alice.id] : [world.alice.id, searchText],
        );
        await client.query(
          `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact)
          SELECT gen_random_uuid(), $1::uuid, s.id, 0, 0, 4, 'Both' FROM "Segment" s WHERE s.key = 'p1'`,
          [rows[0]!.id],
        );
        const updated = (await updates()) - before;
        await client.query('COMMIT');
        return updated;
      };
      expect(await insert(null)).toBe(1);
      expect(await insert('a comment\ntag\nboth')).toBe(0);
    } finally {
      await client.end();
    }
    expect(await wrongOrEmpty()).toEqual({ wrong: 0, empty: 0 });
  });
});
