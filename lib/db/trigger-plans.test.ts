// Integration: the triggers that every create fires stay index-driven as the tables grow under a
// connection that first ran them while they were nearly empty. PL/pgSQL keeps a query's plan for
// the life of its connection; a plan made for a handful of rows (scan everything, hash it) was
// kept while "Annotation" and "LiveEvent" grew, and each create then read both tables whole: the
// database's CPU per create trebled within 10,000 notes (bench/RESULTS.md, ninth round).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { createAnnotationSchema } from '@/lib/validations/annotation';

type Client = Pick<PrismaClient, '$queryRaw'>;
const state = vi.hoisted(() => ({ prisma: undefined as Client | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
}, 60_000);
afterAll(() => world?.drop());

const highlight = () =>
  createAnnotation('sample', world.alice, createAnnotationSchema.parse({ color: 'yellow', language: 'en', targets: [targetOf('p1', 'en', 'Pyongyang')] }));

describe('the triggers of a create', () => {
  it('find its note and its events by index, however much the tables grew since the connection first ran them', async () => {
    // The test database's client has one connection: these plan the triggers on nearly empty tables.
    for (let i = 0; i < 8; i++) await highlight();
    // 5,000 notes more at once, as an import or the seed writes them, with no ANALYZE after.
    await world.prisma.$executeRaw`
      INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, "updatedAt", "firstSegmentId", "firstStart")
      SELECT gen_random_uuid(), s."documentId", ${world.alice.id}::uuid, 'en', 'yellow', now(), s.id, 0
      FROM generate_series(1, 5000), (SELECT id, "documentId" FROM "Segment" ORDER BY id LIMIT 1) s`;
    // Three more creates on the same connection, in one transaction so that its own counters say
    // which tables were read whole.
    const scans = await world.prisma.$transaction(async (tx) => {
      state.prisma = tx;
      try {
        for (let i = 0; i < 3; i++) await highlight();
        return await tx.$queryRaw<{ relname: string; seq_scan: bigint }[]>`
          SELECT relname, seq_scan FROM pg_stat_xact_user_tables WHERE relname IN ('Annotation', 'LiveEvent') ORDER BY relname`;
      } finally {
        state.prisma = world.prisma;
      }
    });
    expect(scans.map((s) => [s.relname, Number(s.seq_scan)])).toEqual([
      ['Annotation', 0],
      ['LiveEvent', 0],
    ]);
  });
});
