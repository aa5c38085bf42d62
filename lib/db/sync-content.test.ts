// Content sync against the real PostgreSQL server: idempotent, and it never loses a row
// that annotations reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllDocuments } from '@/lib/content/load';
import type { DocumentContent, DocumentLanguage } from '@/lib/content/types';
import { syncContent, syncDocument } from '@/lib/db/sync-content';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

function language(code: string, overrides: Partial<DocumentLanguage> = {}): DocumentLanguage {
  return {
    code,
    name: code,
    nativeName: code,
    title: `Title in ${code}`,
    source: `Source of ${code}`,
    status: code === 'en' ? 'official-translation' : 'working-translation',
    date: '2002-09-17',
    file: `content/doc/${code}.md`,
    ...overrides,
  };
}

function documentContent(slug: string, ids: string[], languages: DocumentLanguage[] = [language('en'), language('ko')], title = 'A document'): DocumentContent {
  return {
    slug,
    title,
    languages,
    witnesses: [],
    alignments: [],
    segments: ids.map((id) => ({ id, kind: 'paragraph', texts: Object.fromEntries(languages.map((l) => [l.code, `${l.code} ${id}`])) })),
  };
}

/** Every row sync writes, for one document, in a stable order. */
async function snapshot(slug: string) {
  return db.prisma.document.findUniqueOrThrow({
    where: { slug },
    include: { languages: { orderBy: { code: 'asc' } }, segments: { orderBy: { key: 'asc' } } },
  });
}

async function segmentRows(slug: string) {
  const { segments } = await snapshot(slug);
  return Object.fromEntries(segments.map((s) => [s.key, { id: s.id, position: s.position, removed: s.removedAt !== null }]));
}

async function annotate(slug: string, key: string) {
  const segment = await db.prisma.segment.findFirstOrThrow({ where: { key, document: { slug } } });
  const user = await db.prisma.user.create({ data: { email: `reader-${slug}-${key}@example.org`, name: 'Reader' } });
  return db.prisma.annotation.create({
    data: {
      documentId: segment.documentId,
      authorId: user.id,
      language: 'en',
      color: 'yellow',
      comment: 'A note on this passage',
      firstSegmentId: segment.id,
      firstStart: 0,
      targets: { create: [{ segmentId: segment.id, language: 'en', ordinal: 0, start: 0, end: 2, exact: 'en' }] },
    },
    include: { targets: true },
  });
}

describe('syncContent', () => {
  it('creates the document, its languages and its segments in order', async () => {
    await syncDocument(db.prisma, documentContent('create', ['a', 'b', 'c']));
    const rows = await snapshot('create');
    expect(rows.title).toBe('A document');
    expect(rows.languages.map((l) => [l.code, l.title, l.source, l.status, l.removedAt])).toEqual([
      ['en', 'Title in en', 'Source of en', 'official-translation', null],
      ['ko', 'Title in ko', 'Source of ko', 'working-translation', null],
    ]);
    expect(rows.segments.map((s) => [s.key, s.position, s.removedAt])).toEqual([
      ['a', 0, null],
      ['b', 1, null],
      ['c', 2, null],
    ]);
  });

  it('changes nothing when run twice on the same content', async () => {
    const content = documentContent('twice', ['a', 'b', 'c']);
    await syncDocument(db.prisma, content);
    const before = await snapshot('twice');
    await new Promise((resolve) => setTimeout(resolve, 20)); // so that a needless write would show in updatedAt
    await syncDocument(db.prisma, content);
    expect(await snapshot('twice')).toEqual(before);
  });

  it('marks a segment that left content as removed, keeps it and the annotation pointing at it', async () => {
    await syncDocument(db.prisma, documentContent('removal', ['a', 'b', 'c']));
    const annotation = await annotate('removal', 'b');
    const before = await segmentRows('removal');

    await syncDocument(db.prisma, documentContent('removal', ['a', 'c']));
    const after = await segmentRows('removal');
    expect(after.b).toEqual({ id: before.b!.id, position: before.b!.position, removed: true });
    expect(after.a).toEqual({ ...before.a, removed: false });
    expect(after.c).toEqual({ id: before.c!.id, position: 1, removed: false });

    const kept = await db.prisma.annotation.findUniqueOrThrow({ where: { id: annotation.id }, include: { targets: true } });
    expect(kept.firstSegmentId).toBe(before.b!.id);
    // The selectors as the author made them; the span orphaned, on no text.
    expect(kept.targets).toEqual(annotation.targets.map((t) => ({ ...t, anchorStatus: 'orphaned', textHash: null })));

    // Removed stays removed, with the same timestamp, on the next start.
    const removedAt = (await db.prisma.segment.findUniqueOrThrow({ where: { id: before.b!.id } })).removedAt;
    await syncDocument(db.prisma, documentContent('removal', ['a', 'c']));
    expect((await db.prisma.segment.findUniqueOrThrow({ where: { id: before.b!.id } })).removedAt).toEqual(removedAt);
  });

  it('keeps a hash of every segment per language, and re-anchors the notes of a changed text once', async () => {
    await syncDocument(db.prisma, documentContent('edited', ['a', 'b']));
    const annotation = await annotate('edited', 'b');
    const hashes = async () =>
      Object.fromEntries((await db.prisma.segment.findMany({ where: { document: { slug: 'edited' } } })).map((s) => [s.key, s.textHashes]));
    const before = await hashes();
    expect(Object.keys(before.a as object)).toEqual(['en', 'ko']);
    expect(annotation.targets[0]!.textHash).toBe((before.b as Record<string, string>).en);

    await db.prisma.annotationTarget.updateMany({ where: { annotationId: annotation.id }, data: { suffix: ' b' } });
    const edited = documentContent('edited', ['a', 'b']);
    edited.segments[1]!.texts.en = 'so: en b';
    await syncDocument(db.prisma, edited);
    const after = await hashes();
    expect(after.a).toEqual(before.a);
    expect((after.b as Record<string, string>).en).not.toBe((before.b as Record<string, string>).en);
    expect((after.b as Record<string, string>).ko).toBe((before.b as Record<string, string>).ko);
    const [target] = await db.prisma.annotationTarget.findMany({ where: { annotationId: annotation.id } });
    expect(target).toMatchObject({
      start: 0,
      end: 2,
      anchorStatus: 'anchored',
      anchorStart: 4,
      anchorEnd: 6,
      textHash: (after.b as Record<string, string>).en,
    });
    // The note's list position follows its first span where it is now.
    expect((await db.prisma.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).firstStart).toBe(4);

    // Once: a second sync of the same text anchors nothing again.
    const { reanchorDocument } = await import('@/lib/db/reanchor');
    const { segmentHashes } = await import('@/lib/content/segment-hash');
    const current = Object.fromEntries(edited.segments.map((s) => [s.id, segmentHashes(s.texts)]));
    expect(await reanchorDocument(db.prisma, annotation.documentId, edited, current)).toBe(0);
  });

  it('un-marks a segment that comes back, under the same row', async () => {
    await syncDocument(db.prisma, documentContent('comeback', ['a', 'b', 'c']));
    const before = await segmentRows('comeback');
    await syncDocument(db.prisma, documentContent('comeback', ['a', 'c']));
    await syncDocument(db.prisma, documentContent('comeback', ['a', 'b', 'c']));
    expect(await segmentRows('comeback')).toEqual(before);
  });

  it('updates positions when segments are reordered or inserted', async () => {
    await syncDocument(db.prisma, documentContent('reorder', ['a', 'b', 'c']));
    const before = await segmentRows('reorder');
    await syncDocument(db.prisma, documentContent('reorder', ['c', 'new', 'a', 'b']));
    const after = await segmentRows('reorder');
    expect(after).toEqual({
      c: { id: before.c!.id, position: 0, removed: false },
      new: { id: expect.any(Number), position: 1, removed: false },
      a: { id: before.a!.id, position: 2, removed: false },
      b: { id: before.b!.id, position: 3, removed: false },
    });
  });

  it('marks a language that left content, un-marks it when it returns, and follows changes to its provenance', async () => {
    await syncDocument(db.prisma, documentContent('languages', ['a'], [language('en'), language('ko'), language('ja')]));
    const ids = Object.fromEntries((await snapshot('languages')).languages.map((l) => [l.code, l.id]));

    await syncDocument(db.prisma, documentContent('languages', ['a'], [language('en'), language('ja')]));
    let rows = (await snapshot('languages')).languages;
    expect(rows.map((l) => [l.code, l.id, l.removedAt !== null])).toEqual([
      ['en', ids.en, false],
      ['ja', ids.ja, false],
      ['ko', ids.ko, true],
    ]);

    const ko = language('ko', { source: 'Translated again', status: 'authentic', title: '새 제목' });
    await syncDocument(db.prisma, documentContent('languages', ['a'], [language('en'), ko, language('ja')], 'A new title'));
    const after = await snapshot('languages');
    rows = after.languages;
    expect(after.title).toBe('A new title');
    expect(rows.find((l) => l.code === 'ko')).toMatchObject({ id: ids.ko, removedAt: null, source: 'Translated again', status: 'authentic', title: '새 제목' });
  });

  it('keeps documents apart: segments with the same ids in two documents', async () => {
    await syncContent(db.prisma, [documentContent('first', ['a', 'b']), documentContent('second', ['b', 'a'])]);
    expect(await segmentRows('first')).toMatchObject({ a: { position: 0 }, b: { position: 1 } });
    expect(await segmentRows('second')).toMatchObject({ b: { position: 0 }, a: { position: 1 } });
  });

  it('syncs the real content/ folder, twice without changes', async () => {
    const documents = await loadAllDocuments();
    await syncContent(db.prisma, documents);
    const before = await Promise.all(documents.map((d) => snapshot(d.slug)));
    await syncContent(db.prisma, documents);
    expect(await Promise.all(documents.map((d) => snapshot(d.slug)))).toEqual(before);
    for (const [i, document] of documents.entries()) {
      expect(
        before[i]!.segments.filter((s) => !s.removedAt)
          .sort((x, y) => x.position - y.position)
          .map((s) => s.key),
      ).toEqual(document.segments.map((s) => s.id));
    }
  });
});
