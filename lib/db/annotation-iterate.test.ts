// Integration: the export's reader of every annotation, against a fresh database on the real
// PostgreSQL server, checked against the list (which reads through Prisma's include).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, createReply, deleteAnnotation, iterateAnnotations, listAnnotations } from '@/lib/db/annotations';
import { editedDocument, sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { syncDocument } from '@/lib/db/sync-content';
import { annotationListQuerySchema, createAnnotationSchema, replySchema, type AnnotationFilter } from '@/lib/validations/annotation';

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
const query = (fields: Record<string, unknown> = {}) => annotationListQuerySchema.parse({ limit: 500, ...fields });

async function iterated(viewer: { id: string } | null, filter: AnnotationFilter, batchSize?: number): Promise<Annotation[]> {
  const all: Annotation[] = [];
  for await (const annotation of iterateAnnotations('sample', viewer, filter, { batchSize })) all.push(annotation);
  return all;
}

/** A varied set: several spans, replies by both readers, tags, both visibilities, a deleted placeholder. */
async function seedVaried() {
  const { alice, bob } = world;
  const two = await createAnnotation(
    'sample',
    alice,
    input({
      language: 'ja',
      comment: '**二つ**の段落',
      tags: ['place', '地名'],
      visibility: 'shared',
      targets: [targetOf('p1', 'ja', '𠮷野の件'), targetOf('p2', 'ja', '国交正常化')],
    }),
  );
  await createReply(two.id, bob, replySchema.parse({ body: 'Compare the Korean.' }));
  await createReply(two.id, alice, replySchema.parse({ body: '그렇습니다.' }));
  await createAnnotation('sample', alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Pyongyang')], color: 'green' }));
  await createAnnotation('sample', bob, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')], visibility: 'shared', comment: 'bob shares' }));
  await createAnnotation('sample', bob, input({ language: 'ko', targets: [targetOf('p3', 'ko', '10월에')], comment: 'bob keeps' }));
  const gone = await createAnnotation('sample', bob, input({ language: 'en', targets: [targetOf('p2', 'en', 'resume')], visibility: 'shared', tags: ['x'] }));
  await createReply(gone.id, alice, replySchema.parse({ body: 'Why?' }));
  await deleteAnnotation(gone.id, bob);
}

describe('iterateAnnotations', () => {
  it('yields exactly what the list gives, field for field, in the same text order', async () => {
    await seedVaried();
    for (const viewer of [world.alice, world.bob, null]) {
      for (const filter of [query(), query({ scope: 'mine' }), query({ tag: 'place' }), query({ language: 'en' }), query({ q: 'SHARES' })]) {
        if (filter.scope === 'mine' && !viewer) continue;
        const { limit: _limit, offset: _offset, ...only } = filter;
        expect(await iterated(viewer, only)).toEqual((await listAnnotations('sample', viewer, filter)).items);
      }
    }
  });

  it("never yields another reader's private annotation", async () => {
    await seedVaried();
    const seenByAlice = await iterated(world.alice, { scope: 'visible' });
    expect(seenByAlice.map((a) => a.comment)).not.toContain('bob keeps');
    expect(seenByAlice.every((a) => a.visibility === 'shared' || a.author.id === world.alice.id)).toBe(true);
    expect((await iterated(null, { scope: 'visible' })).every((a) => a.visibility === 'shared')).toBe(true);
  });

  it('gives the anchors content sync stored, orphans included, as every read does', async () => {
    await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    state.document = editedDocument({ p3: { en: 'The talks will be held in November.' } });
    await syncDocument(world.prisma, state.document);
    const [orphan] = await iterated(world.alice, { scope: 'mine' });
    expect(orphan).toMatchObject({ status: 'orphaned', targets: [{ exact: 'October', anchor: { status: 'orphaned', reason: 'quote-not-found' } }] });
  });

  it('pages by keyset, one statement per page, without skipping or repeating annotations that tie on position and time', async () => {
    const createdAt = new Date('2026-11-20T10:00:00.000Z');
    for (let i = 0; i < 9; i++) {
      const made = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both sides')] }));
      // Same segment, same start, same creation time: only the id tells them apart.
      await world.prisma.annotation.update({ where: { id: made.id }, data: { createdAt } });
    }
    await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p2', 'en', 'normalization')] }));
    const queryRaw = vi.spyOn(world.prisma, '$queryRaw');
    const findMany = vi.spyOn(world.prisma.annotation, 'findMany');
    const all = await iterated(world.alice, { scope: 'visible' }, 4);
    const statements = queryRaw.mock.calls.length;
    queryRaw.mockRestore();
    expect(findMany).not.toHaveBeenCalled();
    findMany.mockRestore();
    expect(all).toEqual((await listAnnotations('sample', world.alice, query())).items);
    expect(new Set(all.map((a) => a.id)).size).toBe(10);
    // Along the whole document's text order: pages of 4, 4 and 2.
    expect(statements).toBe(3);
  });

  it('gives replies in the order they were written, with their authors', async () => {
    const made = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p2', 'ko', '회담을')], visibility: 'shared' }));
    for (const [who, body] of [
      [world.bob, 'first'],
      [world.alice, 'second'],
      [world.bob, 'third'],
    ] as const)
      await createReply(made.id, who, replySchema.parse({ body }));
    const [annotation] = await iterated(null, { scope: 'visible' });
    expect(annotation!.replies.map((r) => [r.author.name, r.body])).toEqual([
      ['Bob Tanaka', 'first'],
      ['Alice Kim', 'second'],
      ['Bob Tanaka', 'third'],
    ]);
    expect(annotation!.replies[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
