// Integration: the data layer against a fresh database on the real PostgreSQL server.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import {
  createAnnotation,
  createReply,
  deleteAnnotation,
  deleteReply,
  getAnnotation,
  iterateAnnotations,
  listAnnotations,
  updateAnnotation,
  updateReply,
} from '@/lib/db/annotations';
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

/** Content edited and synced, as a restart after editing content/ does. */
async function editContent(document: DocumentContent) {
  state.document = document;
  await syncDocument(world.prisma, document);
}

const input = (fields: Record<string, unknown>) => createAnnotationSchema.parse({ color: 'yellow', ...fields });
const query = (fields: Record<string, unknown> = {}) => annotationListQuerySchema.parse(fields);
const reply = (body: string) => replySchema.parse({ body });
const rowCounts = async () => ({
  annotations: await world.prisma.annotation.count(),
  targets: await world.prisma.annotationTarget.count(),
  replies: await world.prisma.reply.count(),
});

describe('createAnnotation and getAnnotation', () => {
  it('stores a Japanese passage with an astral character and gives it back anchored, with the server’s context', async () => {
    const created = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'ja', targets: [targetOf('p1', 'ja', '𠮷野の件')], comment: '**地名**', tags: ['place'] }),
    );
    expect(created).toMatchObject({
      documentSlug: 'sample',
      language: 'ja',
      comment: '**地名**',
      tags: ['place'],
      visibility: 'private',
      author: { id: world.alice.id, name: 'Alice Kim' },
      deleted: false,
      status: 'anchored',
      targets: [
        {
          segmentId: 'p1',
          segmentPosition: 1,
          language: 'ja',
          start: 9,
          end: 13,
          exact: '𠮷野の件',
          prefix: '双方は平壌で会い、',
          suffix: 'を含め相互の信頼を確認した。🙂',
        },
      ],
      replies: [],
    });
    expect(created.targets[0]!.anchor).toEqual({ status: 'anchored', start: 9, end: 13, moved: false });
    expect(await getAnnotation(created.id, world.alice)).toEqual(created);
  });

  it('keeps a selection across segments as one target per segment, in order', async () => {
    const created = await createAnnotation(
      'sample',
      world.alice,
      input({
        language: 'ko',
        targets: [targetOf('p1', 'ko', '상호 신뢰를 확인하였다.'), targetOf('p2', 'ko', '양측은 국교정상화')],
      }),
    );
    expect(created.targets.map((t) => [t.segmentId, t.exact])).toEqual([
      ['p1', '상호 신뢰를 확인하였다.'],
      ['p2', '양측은 국교정상화'],
    ]);
  });

  it('refuses, naming each problem, and writes nothing when one target among several is bad', async () => {
    const before = await rowCounts();
    const attempt = createAnnotation(
      'sample',
      world.alice,
      input({
        language: 'ko',
        targets: [
          targetOf('p1', 'ko', '평양에서'),
          { ...targetOf('p2', 'ko', '회담을'), exact: '협상을' },
          { segmentId: 'p3', start: 0, end: 99, exact: '회담은' },
          { segmentId: 'p4', start: 0, end: 2, exact: '회담' },
          // A span may be in another column (a comparison), but only in one of the document's.
          { ...targetOf('p3', 'en', 'talks'), language: 'fr' },
        ],
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      kind: 'invalid',
      issues: [
        { path: 'targets.1.exact', message: 'the text at 10–13 of segment "p2" in "ko" is "회담을", not "협상을"' },
        { path: 'targets.2.end', message: 'end 99 is past the end of segment "p3" in "ko" (14 characters)' },
        { path: 'targets.3.segmentId', message: 'document "sample" has no segment "p4"' },
        { path: 'targets.4.language', message: 'document "sample" has no "fr" column (it has en, ko, ja)' },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a column the document does not have and an unknown document', async () => {
    await expect(createAnnotation('sample', world.alice, input({ language: 'fr', targets: [targetOf('p1', 'en', 'Both')] }))).rejects.toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'language' }],
    });
    await expect(createAnnotation('nope', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'Both')] }))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

describe('who sees and changes what', () => {
  async function twoNotes() {
    const secret = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p1', 'en', 'mutual trust')], comment: 'secret' }));
    const shared = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'en', targets: [targetOf('p2', 'en', 'normalization talks')], visibility: 'shared' }),
    );
    return { secret, shared };
  }

  it('never shows a private annotation to another reader: not by id, not in lists, not to reply to', async () => {
    const { secret, shared } = await twoNotes();
    await expect(getAnnotation(secret.id, world.bob)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(getAnnotation(secret.id, null)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(createReply(secret.id, world.bob, reply('hello?'))).rejects.toMatchObject({ kind: 'not-found' });
    expect((await listAnnotations('sample', world.bob, query())).items.map((a) => a.id)).toEqual([shared.id]);
    expect((await listAnnotations('sample', null, query())).items.map((a) => a.id)).toEqual([shared.id]);
    expect((await listAnnotations('sample', world.bob, query({ q: 'secret' }))).total).toBe(0);
    expect((await listAnnotations('sample', world.alice, query())).items.map((a) => a.id)).toEqual([secret.id, shared.id]);
  });

  it('lets only the author change or delete: 403 for a shared one, 404 for a private one', async () => {
    const { secret, shared } = await twoNotes();
    await expect(updateAnnotation(shared.id, world.bob, { comment: 'mine now' })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(deleteAnnotation(shared.id, world.bob)).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(updateAnnotation(secret.id, world.bob, { comment: 'mine now' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(deleteAnnotation(secret.id, world.bob)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await getAnnotation(shared.id, world.alice)).comment).toBe('');
    expect(await world.prisma.annotation.count()).toBe(2);
  });

  it('changes only the fields a change names', async () => {
    const { secret } = await twoNotes();
    const updated = await updateAnnotation(secret.id, world.alice, { color: 'blue', tags: ['trust'] });
    expect(updated).toMatchObject({ color: 'blue', tags: ['trust'], comment: 'secret', visibility: 'private' });
    expect((await updateAnnotation(secret.id, world.alice, { visibility: 'shared' })).visibility).toBe('shared');
    expect((await getAnnotation(secret.id, world.bob)).comment).toBe('secret');
  });

  it('answers an id that is not a UUID as unknown', async () => {
    await expect(getAnnotation('42', world.alice)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(updateReply('nope', world.alice, reply('x'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('replies and deletion', () => {
  it('threads replies from any signed-in reader under a shared annotation; each edits only their own', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p2', 'ko', '국교정상화')], visibility: 'shared' }));
    const fromBob = await createReply(note.id, world.bob, reply('동의합니다.'));
    const fromAlice = await createReply(note.id, world.alice, reply('Thanks!'));
    expect(fromBob).toMatchObject({ annotationId: note.id, author: { id: world.bob.id, name: 'Bob Tanaka' }, body: '동의합니다.' });
    await expect(updateReply(fromBob.id, world.alice, reply('edited'))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(deleteReply(fromBob.id, world.alice)).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await updateReply(fromBob.id, world.bob, reply('정말 동의합니다.'))).body).toBe('정말 동의합니다.');
    await deleteReply(fromAlice.id, world.alice);
    expect((await getAnnotation(note.id, null)).replies.map((r) => r.body)).toEqual(['정말 동의합니다.']);
  });

  it('hides the replies of an annotation made private from everyone but its author', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')], visibility: 'shared' }));
    const fromBob = await createReply(note.id, world.bob, reply('Which year?'));
    await updateAnnotation(note.id, world.alice, { visibility: 'private' });
    await expect(updateReply(fromBob.id, world.bob, reply('edited'))).rejects.toMatchObject({ kind: 'not-found' });
    expect((await getAnnotation(note.id, world.alice)).replies).toHaveLength(1);
  });

  it('removes an annotation without replies entirely', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    expect(await deleteAnnotation(note.id, world.alice)).toBeNull();
    expect(await rowCounts()).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });

  it('keeps the thread of a deleted annotation under a placeholder, until its last reply goes', async () => {
    const note = await createAnnotation(
      'sample',
      world.alice,
      input({
        language: 'en',
        targets: [targetOf('p3', 'en', 'October')],
        visibility: 'shared',
        comment: 'gone soon',
        tags: ['t'],
      }),
    );
    const fromBob = await createReply(note.id, world.bob, reply('Keep this.'));
    const placeholder = await deleteAnnotation(note.id, world.alice);
    expect(placeholder).toMatchObject({ id: note.id, deleted: true, comment: '', tags: [], replies: [{ body: 'Keep this.' }] });
    expect((await listAnnotations('sample', world.bob, query())).items).toMatchObject([{ id: note.id, deleted: true }]);
    await expect(updateAnnotation(note.id, world.alice, { comment: 'back' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(createReply(note.id, world.bob, reply('More?'))).rejects.toMatchObject({ kind: 'conflict' });
    await deleteReply(fromBob.id, world.bob);
    expect(await rowCounts()).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });
});

describe('re-anchoring after the content changed', () => {
  it('reads the anchors sync stored, not the text of the moment, until content is synced', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p2', 'ko', '국교정상화 회담')] }));
    state.document = editedDocument({ p2: { ko: '쌍방은 2002년 10월 중에 조일 국교정상화 회담을 재개하기로 하였다.' } });
    expect((await getAnnotation(note.id, world.alice)).targets[0]!.anchor).toEqual({ status: 'anchored', start: 4, end: 12, moved: false });
    await editContent(state.document);
    expect((await getAnnotation(note.id, world.alice)).targets[0]!.anchor).toEqual({ status: 'anchored', start: 20, end: 28, moved: true });
  });

  it('follows a quote that moved and shows one whose quote is gone as orphaned, with its quote, in lists too', async () => {
    const moved = await createAnnotation('sample', world.alice, input({ language: 'ko', targets: [targetOf('p2', 'ko', '국교정상화 회담')] }));
    const gone = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [targetOf('p1', 'ja', '𠮷野の件')] }));
    await editContent(
      editedDocument({
        p1: { ja: '双方は平壌で会い、相互の信頼を確認した。🙂' },
        p2: { ko: '쌍방은 2002년 10월 중에 조일 국교정상화 회담을 재개하기로 하였다.' },
      }),
    );

    const again = await getAnnotation(moved.id, world.alice);
    expect(again.status).toBe('anchored');
    expect(again.targets[0]!.anchor).toEqual({ status: 'anchored', start: 20, end: 28, moved: true });

    const orphan = await getAnnotation(gone.id, world.alice);
    expect(orphan).toMatchObject({ status: 'orphaned', targets: [{ exact: '𠮷野の件', anchor: { status: 'orphaned', reason: 'quote-not-found' } }] });

    const listed = await listAnnotations('sample', world.alice, query());
    expect(listed.items.map((a) => [a.id, a.status])).toEqual([
      [gone.id, 'orphaned'],
      [moved.id, 'anchored'],
    ]);
  });

  it('marks a span whose context was rewritten as uncertain, with the text found, and the note with it', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'talks')] }));
    await editContent(editedDocument({ p3: { en: 'Whether any talks happen at all is now unclear to everyone involved.' } }));
    expect(await getAnnotation(note.id, world.alice)).toMatchObject({
      status: 'uncertain',
      targets: [
        { exact: 'talks', start: 4, end: 9, anchor: { status: 'uncertain', start: 12, end: 17, moved: true, reason: 'context-changed', found: 'talks' } },
      ],
    });
  });

  it('gives each span of a note its own state, the note that of its worst', async () => {
    const text = sampleDocument.segments.find((s) => s.id === 'p1')!.texts.en!;
    const first = targetOf('p1', 'en', 'confirmed their mutual trust.');
    const note = await createAnnotation(
      'sample',
      world.alice,
      input({
        language: 'en',
        targets: [{ ...first, end: Array.from(text).length, exact: text.slice(text.indexOf('confirmed')) }, targetOf('p2', 'en', 'Both sides decided')],
      }),
    );
    await editContent(editedDocument({ p2: { en: 'Nobody decided anything about the talks.' } }));
    const again = await getAnnotation(note.id, world.alice);
    expect(again.status).toBe('orphaned');
    expect(again.targets.map((t) => t.anchor.status)).toEqual(['anchored', 'orphaned']);
  });

  it('orders lists by where the first span is now', async () => {
    const later = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p2', 'en', 'normalization talks')] }));
    const earlier = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p2', 'en', 'Both sides decided')] }));
    // Swapped around: the note made later in the text is now first.
    await editContent(editedDocument({ p2: { en: 'The normalization talks will resume, as both sides decided, and Both sides decided so gladly.' } }));
    const listed = await listAnnotations('sample', world.alice, query());
    expect(listed.items.map((a) => a.id)).toEqual([later.id, earlier.id]);
  });

  it('orphans the targets of a segment that left the content, and keeps the annotation', async () => {
    const note = await createAnnotation('sample', world.alice, input({ language: 'en', targets: [targetOf('p3', 'en', 'October')] }));
    await editContent({ ...sampleDocument, segments: sampleDocument.segments.filter((s) => s.id !== 'p3') });
    expect((await getAnnotation(note.id, world.alice)).targets[0]!.anchor).toEqual({ status: 'orphaned', reason: 'segment-missing' });
  });
});

describe('listAnnotations', () => {
  async function several() {
    const a = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'ko', color: 'green', targets: [targetOf('p2', 'ko', '회담을')], tags: ['정상화 교섭'], visibility: 'shared' }),
    );
    const b = await createAnnotation(
      'sample',
      world.bob,
      input({ language: 'en', color: 'yellow', targets: [targetOf('p1', 'en', 'Pyongyang')], comment: 'The capital', visibility: 'shared' }),
    );
    const c = await createAnnotation('sample', world.alice, input({ language: 'ja', color: 'pink', targets: [targetOf('p1', 'ja', '平壌')] }));
    const d = await createAnnotation('sample', world.bob, input({ language: 'en', color: 'blue', targets: [targetOf('p1', 'en', 'Both sides')] }));
    const e = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'en', color: 'yellow', targets: [targetOf('title', 'en', 'Sample')], visibility: 'shared' }),
    );
    return { a, b, c, d, e };
  }

  it('lists in text order: segment position, then start, then creation', async () => {
    const { a, b, c, e } = await several();
    const ids = (await listAnnotations('sample', world.alice, query())).items.map((x) => x.id);
    expect(ids).toEqual([e.id, c.id, b.id, a.id]);
  });

  it('filters by scope, language, colour, tag and free text over comment, quote and tags', async () => {
    const { a, b, c, e } = await several();
    const ids = async (fields: Record<string, unknown>) => (await listAnnotations('sample', world.alice, query(fields))).items.map((x) => x.id);
    expect(await ids({ scope: 'mine' })).toEqual([e.id, c.id, a.id]);
    expect(await ids({ language: 'en' })).toEqual([e.id, b.id]);
    expect(await ids({ color: 'yellow' })).toEqual([e.id, b.id]);
    expect(await ids({ tag: '정상화 교섭' })).toEqual([a.id]);
    expect(await ids({ q: 'CAPITAL' })).toEqual([b.id]);
    expect(await ids({ q: '平壌' })).toEqual([c.id]);
    expect(await ids({ q: '교섭' })).toEqual([a.id]);
  });

  it('finds free text of one or two characters in any language, and never across two fields', async () => {
    const { a, b, c } = await several();
    const ids = async (q: string) => (await listAnnotations('sample', world.alice, query({ q }))).items.map((x) => x.id);
    expect(await ids('壌')).toEqual([c.id]);
    expect(await ids('회담')).toEqual([a.id]);
    expect(await ids('Ca')).toEqual([b.id]);
    // Bob's comment "The capital" and quote "Pyongyang" are two fields: "capital pyong" spans both.
    expect(await ids('capital pyong')).toEqual([]);
  });

  it('searches a comment and tags as they are now, after an edit', async () => {
    const { a } = await several();
    const ids = async (q: string) => (await listAnnotations('sample', world.alice, query({ q }))).items.map((x) => x.id);
    await updateAnnotation(a.id, world.alice, { comment: 'Normalisation talks', tags: ['diplomacy'] });
    expect(await ids('normalisation')).toEqual([a.id]);
    expect(await ids('diplomacy')).toEqual([a.id]);
    expect(await ids('정상화')).toEqual([]);
    // The quote stays searchable: it is read again from the targets.
    expect(await ids('회담을')).toEqual([a.id]);
  });

  it('pages with a total and counts for the panel', async () => {
    await several();
    const page = await listAnnotations('sample', world.alice, query({ limit: 2, offset: 1 }));
    expect(page).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.counts).toEqual({
      visible: 4,
      mine: 3,
      byLanguage: { en: 2, ko: 1, ja: 1 },
      byColor: { yellow: 2, green: 1, blue: 0, pink: 1, purple: 0 },
    });
    const mine = await listAnnotations('sample', world.alice, query({ scope: 'mine' }));
    expect(mine.counts.byLanguage).toEqual({ en: 1, ko: 1, ja: 1 });
    expect((await listAnnotations('sample', null, query())).counts).toMatchObject({ visible: 3, mine: 0 });
  });

  it('refuses an unknown document', async () => {
    await expect(listAnnotations('nope', null, query())).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('iterateAnnotations', () => {
  it('yields what the list gives, in the same text order, a batch at a time', async () => {
    const segments = ['title', 'p1', 'p2', 'p3'];
    for (let i = 0; i < 23; i++) {
      const segmentId = segments[i % segments.length]!;
      const text = sampleDocument.segments.find((s) => s.id === segmentId)!.texts.en!;
      const start = (i * 7) % (text.length - 3);
      await createAnnotation(
        'sample',
        i % 3 ? world.alice : world.bob,
        input({
          language: 'en',
          targets: [{ segmentId, start, end: start + 3, exact: text.slice(start, start + 3) }],
          visibility: i % 2 ? 'shared' : 'private',
        }),
      );
    }
    const listed = (await listAnnotations('sample', world.alice, query({ limit: 500 }))).items.map((a) => a.id);
    const iterated: string[] = [];
    for await (const annotation of iterateAnnotations('sample', world.alice, query(), { batchSize: 4 })) iterated.push(annotation.id);
    expect(iterated).toEqual(listed);
    // Batching itself (one statement a page) is checked in annotation-iterate.test.ts.
    expect(new Set(iterated).size).toBe(listed.length);
  });
});
