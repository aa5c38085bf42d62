// Integration: the reader page's highlights against a fresh database on the real PostgreSQL server.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { unpackHighlights } from '@/lib/annotations/highlight-wire';
import { listHighlights } from '@/lib/db/annotation-highlights';
import { createAnnotation, createReply, deleteAnnotation, listAnnotations } from '@/lib/db/annotations';
import { editedDocument, sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
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
  await syncDocument(world.prisma, sampleDocument);
});

const input = (fields: Record<string, unknown>) => createAnnotationSchema.parse({ color: 'yellow', ...fields });
const highlightsFor = async (viewer: { id: string } | null, limit = 1000) => {
  const result = await listHighlights('sample', viewer, { limit });
  return { ...result, highlights: unpackHighlights(result.packed) };
};

describe('listHighlights', () => {
  it('gives each readable annotation its colour, visibility, whose it is and its spans, in the list API’s text order', async () => {
    const late = await createAnnotation(
      'sample',
      world.bob,
      input({ language: 'en', targets: [targetOf('p3', 'en', 'October')], visibility: 'shared', color: 'blue' }),
    );
    const astral = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'ja', targets: [targetOf('p1', 'ja', '𠮷野の件'), targetOf('p2', 'ja', '国交正常化')] }),
    );
    const early = await createAnnotation(
      'sample',
      world.bob,
      input({ language: 'ko', targets: [targetOf('title', 'ko', '샘플')], visibility: 'shared', tags: ['b', 'a'] }),
    );
    await createAnnotation('sample', world.bob, input({ language: 'en', targets: [targetOf('p2', 'en', 'talks')], tags: ['secret'] }));

    const { highlights, covered, tags } = await highlightsFor(world.alice);
    expect(highlights).toEqual([
      { id: early.id, language: 'ko', color: 'yellow', visibility: 'shared', mine: false, spans: [{ segmentId: 'title', start: 0, end: 2 }] },
      {
        id: astral.id,
        language: 'ja',
        color: 'yellow',
        visibility: 'private',
        mine: true,
        spans: [
          { segmentId: 'p1', start: 9, end: 13 },
          { segmentId: 'p2', start: 3, end: 8 },
        ],
      },
      { id: late.id, language: 'en', color: 'blue', visibility: 'shared', mine: false, spans: [{ segmentId: 'p3', start: 26, end: 33 }] },
    ]);
    expect(covered).toBe(3);
    // Bob's private tag is not Alice's to see.
    expect(tags).toEqual([
      { tag: 'a', count: 1 },
      { tag: 'b', count: 1 },
    ]);
    const list = await listAnnotations('sample', world.alice, annotationListQuerySchema.parse({}));
    expect(list.items.map((a) => a.id)).toEqual(highlights.map((h) => h.id));
  });

  it('shows a signed-out reader the shared ones only', async () => {
    await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Pyongyang')] }));
    const shared = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p2', 'en', 'talks')], visibility: 'shared' }));
    expect((await highlightsFor(null)).highlights.map((h) => [h.id, h.mine])).toEqual([[shared.id, false]]);
  });

  it('draws nothing for a deleted placeholder, counts it as covered, and stops at the limit', async () => {
    const kept = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both')] }));
    const gone = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'sides')], visibility: 'shared' }));
    await createReply(gone.id, world.bob, replySchema.parse({ body: 'keep the thread' }));
    await deleteAnnotation(gone.id, world.alice);
    await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'talks')] }));

    const limited = await highlightsFor(world.alice, 2);
    expect(limited.highlights.map((h) => h.id)).toEqual([kept.id]);
    expect(limited.covered).toBe(2);
    expect((await highlightsFor(world.alice)).highlights).toHaveLength(2);
  });

  it('draws spans where content sync stored them, uncertain ones marked, orphaned ones not at all', async () => {
    const moved = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p2', 'en', 'normalization')] }));
    const lost = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    const shaky = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'mutual trust')] }));
    state.document = editedDocument({
      p1: { en: 'What is hoped for now is mutual trust, someday, by everyone.' },
      p2: { en: 'At last both sides decided to resume the normalization talks.' },
      p3: { en: 'The talks will be held in November.' },
    });
    await syncDocument(world.prisma, state.document);

    const { highlights } = await highlightsFor(world.alice);
    expect(highlights.find((h) => h.id === moved.id)!.spans).toEqual([{ segmentId: 'p2', start: 41, end: 54 }]);
    expect(highlights.find((h) => h.id === lost.id)!.spans).toEqual([]);
    expect(highlights.find((h) => h.id === shaky.id)!.spans).toEqual([{ segmentId: 'p1', start: 25, end: 37, uncertain: true }]);
  });
});
