// Integration: the triggers that every create and reply fires stay index-driven as the tables grow
// under a connection that first ran them while they were nearly empty. PL/pgSQL keeps a query's plan for
// the life of its connection; a plan made for a handful of rows (scan everything, hash it) was
// kept while "Annotation" and "LiveEvent" grew, and each create then read both tables whole: the
// database's CPU per create trebled within 10,000 notes (bench/RESULTS.md, ninth round).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, createReply, deleteAnnotation, updateAnnotation } from '@/lib/db/annotations';
import { createPrismaClient } from '@/lib/db/create-client';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { createAnnotationSchema, replySchema, updateAnnotationSchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
// One connection: the first writes plan the triggers on it, the later ones run on it, and its
// statistics are flushed and read on it too.
let one: PrismaClient;
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  one = createPrismaClient(world.url, 1);
  state.prisma = one;
  state.document = sampleDocument;
}, 60_000);
afterAll(async () => {
  await one?.$disconnect();
  await world?.drop();
});

const highlight = () =>
  createAnnotation('sample', world.alice, createAnnotationSchema.parse({ color: 'yellow', language: 'en', targets: [targetOf('p1', 'en', 'Pyongyang')] }));

/** 5,000 notes more at once, each with a span, as an import or the seed writes them, with no ANALYZE after. */
const grow = () => one.$executeRaw`
  WITH notes AS (
    INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, "updatedAt", "firstSegmentId", "firstStart")
    SELECT gen_random_uuid(), s."documentId", ${world.alice.id}::uuid, 'en', 'yellow', now(), s.id, 0
    FROM generate_series(1, 5000), (SELECT id, "documentId" FROM "Segment" ORDER BY id LIMIT 1) s
    RETURNING id, "firstSegmentId"
  )
  INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, ordinal, start, "end", exact)
  SELECT gen_random_uuid(), id, "firstSegmentId", 'en', 0, 0, 1, 'x' FROM notes`;

/** How often each table was read whole so far, as this connection's statistics say once flushed. */
async function sequentialScans(): Promise<Map<string, number>> {
  // Flushed when the connection next goes idle, that is before the query below.
  await one.$executeRaw`SELECT pg_stat_force_next_flush()`;
  const rows = await one.$queryRaw<{ relname: string; seq_scan: bigint }[]>`
    SELECT relname, seq_scan FROM pg_stat_user_tables WHERE relname IN ('Annotation', 'LiveEvent', 'AnnotationTarget', 'Reply')`;
  return new Map(rows.map((r) => [r.relname, Number(r.seq_scan)]));
}

/** Which tables `work` read whole, and how often. */
async function scansDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await sequentialScans();
  await work();
  const after = await sequentialScans();
  return Object.fromEntries([...after].map(([table, n]) => [table, n - (before.get(table) ?? 0)]));
}

const none = { Annotation: 0, AnnotationTarget: 0, LiveEvent: 0, Reply: 0 };

describe('the triggers of a write', () => {
  it('find a new note and its events by index, however much the tables grew since the connection first ran them', async () => {
    for (let i = 0; i < 8; i++) await highlight();
    await grow();
    expect(
      await scansDuring(async () => {
        for (let i = 0; i < 3; i++) await highlight();
      }),
    ).toEqual(none);
  });

  it("find a reply's note by index, however much the tables grew since the connection first ran them", async () => {
    const note = await highlight();
    for (let i = 0; i < 8; i++) await createReply(note.id, world.alice, replySchema.parse({ body: `reply ${i}` }));
    await grow();
    expect(
      await scansDuring(async () => {
        for (let i = 0; i < 3; i++) await createReply(note.id, world.alice, replySchema.parse({ body: `later ${i}` }));
      }),
    ).toEqual(none);
  });

  it('find an edited or deleted note and its spans by index, however much the tables grew since the connection first ran them', async () => {
    const notes: Awaited<ReturnType<typeof highlight>>[] = [];
    for (let i = 0; i < 12; i++) notes.push(await highlight());
    for (let i = 0; i < 8; i++) await updateAnnotation(notes[i]!.id, world.alice, updateAnnotationSchema.parse({ comment: `first ${i}`, tags: ['a'] }));
    for (let i = 8; i < 10; i++) await deleteAnnotation(notes[i]!.id, world.alice);
    await grow();
    expect(
      await scansDuring(async () => {
        for (let i = 0; i < 3; i++) await updateAnnotation(notes[i]!.id, world.alice, updateAnnotationSchema.parse({ comment: `later ${i}`, tags: ['b'] }));
        await deleteAnnotation(notes[10]!.id, world.alice);
        await deleteAnnotation(notes[11]!.id, world.alice);
      }),
    ).toEqual(none);
  });
});
