// Integration: the author settles a note whose text changed, against the real PostgreSQL server.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { settleAnchor } from '@/lib/db/annotation-anchor';
import { createAnnotation, getAnnotation, listAnnotations } from '@/lib/db/annotations';
import { editedDocument, sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { syncDocument } from '@/lib/db/sync-content';
import { annotationListQuerySchema, createAnnotationSchema } from '@/lib/validations/annotation';

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
const rewritten = editedDocument({ p3: { en: 'Whether any talks happen at all is now unclear to everyone involved.' } });

async function uncertainNote() {
  const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'talks')] }));
  state.document = rewritten;
  await syncDocument(world.prisma, rewritten);
  expect((await getAnnotation(note.id, world.alice)).status).toBe('uncertain');
  return note;
}

describe('settleAnchor', () => {
  it('selects again one language of a note that compares languages, keeping its other language’s span as it is', async () => {
    const retold = editedDocument({ p3: { ja: '交渉がそもそも行われるかは、今では誰にも分からない。' } });
    const note = await createAnnotation(
      'sample',
      world.alice,
      input({
        language: 'en',
        targets: [targetOf('p3', 'en', 'talks'), { ...targetOf('p3', 'ja', '交渉'), language: 'ja' }, { ...targetOf('p1', 'ko', '평양'), language: 'ko' }],
      }),
    );
    state.document = retold;
    await syncDocument(world.prisma, retold);
    // The Japanese again, selected in the Japanese column: the English and Korean spans stay first, as they were.
    const settled = await settleAnchor(note.id, world.alice, { targets: [{ ...targetOf('p3', 'ja', '誰にも分からない', retold), language: 'ja' }] });
    expect(settled.language).toBe('en');
    expect(settled.targets.map((t) => [t.language, t.segmentId, t.exact, t.anchor.status])).toEqual([
      ['en', 'p3', 'talks', 'anchored'],
      ['ja', 'p3', '誰にも分からない', 'anchored'],
      ['ko', 'p1', '평양', 'anchored'],
    ]);
    const listed = await listAnnotations('sample', world.alice, annotationListQuerySchema.parse({ crossLanguage: 'true' }));
    expect(listed.items.map((a) => a.id)).toEqual([note.id]);
    // The English again, in one span: the Japanese and Korean stay.
    const again = await settleAnchor(note.id, world.alice, { targets: [targetOf('p3', 'en', 'October')] });
    expect(again.targets.map((t) => [t.language, t.exact])).toEqual([
      ['en', 'October'],
      ['ja', '誰にも分からない'],
      ['ko', '평양'],
    ]);
  });

  it('confirms an uncertain span where it now is: anchored there, described by the text around it, and left so by the next sync', async () => {
    const note = await uncertainNote();
    const settled = await settleAnchor(note.id, world.alice, {});
    expect(settled.status).toBe('anchored');
    expect(settled.targets[0]).toMatchObject({ start: 12, end: 17, exact: 'talks', prefix: 'Whether any ', suffix: ' happen at all is now unclear to' });
    expect(settled.targets[0]!.anchor).toEqual({ status: 'anchored', start: 12, end: 17, moved: false });
    await syncDocument(world.prisma, rewritten);
    expect((await getAnnotation(note.id, world.alice)).status).toBe('anchored');
    const listed = await listAnnotations('sample', world.alice, annotationListQuerySchema.parse({}));
    expect(listed.items.map((a) => a.status)).toEqual(['anchored']);
  });

  it('selects the passage again, checked against the current text', async () => {
    const note = await uncertainNote();
    const settled = await settleAnchor(note.id, world.alice, { targets: [targetOf('p3', 'en', 'unclear to everyone', rewritten)] });
    expect(settled).toMatchObject({ status: 'anchored', targets: [{ exact: 'unclear to everyone', anchor: { status: 'anchored', moved: false } }] });
    await expect(settleAnchor(note.id, world.alice, { targets: [{ segmentId: 'p3', start: 0, end: 3, exact: 'The' }] })).rejects.toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'targets.0.exact' }],
    });
  });

  it('is for the author alone', async () => {
    const note = await uncertainNote();
    await expect(settleAnchor(note.id, world.bob, {})).rejects.toMatchObject({ kind: 'not-found' });
    expect((await getAnnotation(note.id, world.alice)).status).toBe('uncertain');
  });
});
