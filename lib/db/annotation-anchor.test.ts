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
