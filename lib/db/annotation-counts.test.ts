// Integration: the triggers that keep "AnnotationCount" and "firstPosition" agree with the rows,
// whatever writes them (the data layer, a bulk insert, a content re-sync).
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
    SELECT concat_ws(' ', "authorId", visibility, language, color, deleted) AS key, n FROM "AnnotationCount" WHERE n <> 0 ORDER BY 1`;
  const counted = await world.prisma.$queryRaw<{ key: string; n: number }[]>`
    SELECT concat_ws(' ', "authorId", visibility, language, color, "deletedAt" IS NOT NULL) AS key, count(*)::int AS n
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
