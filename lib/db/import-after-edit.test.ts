// Importing after the text changed, against the real PostgreSQL server (issue 12): the notes were
// re-anchored by content sync, the file still describes them where they were made, and
// re-importing one's own export writes nothing, whatever ids the file gives them.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import { importAnnotationFile } from '@/lib/db/annotation-import';
import { iterateAnnotations } from '@/lib/db/annotations';
import { syncContent } from '@/lib/db/sync-content';
import { collect } from '@/lib/export/fixtures/sample';
import { exportJsonLd } from '@/lib/export/jsonld';
import { annotate, createUser, prepareDatabase, rowCounts, useDatabase } from '@/lib/export/testing/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

// The content the app reads: the files at first, then their edited versions.
const content = vi.hoisted(() => ({ documents: [] as DocumentContent[] }));
vi.mock('@/lib/data/documents', () => ({
  getDocuments: async () => content.documents,
  getDocument: async (slug: string) => content.documents.find((d) => d.slug === slug),
}));

let database: TestDatabase;
let original: DocumentContent[];
const slug = 'pyongyang-declaration';
let users = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabase(database);
  original = await prepareDatabase(database);
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  await database.prisma.annotation.deleteMany();
  content.documents = original;
  await syncContent(database.prisma, original);
});

const current = () => content.documents.find((d) => d.slug === slug)!;

/** Edits the English text of s2-p1 and syncs it, as a restart after a content change does. */
async function editText(change: (text: string) => string) {
  content.documents = original.map((d) =>
    d.slug === slug ? { ...d, segments: d.segments.map((s) => (s.id === 's2-p1' ? { ...s, texts: { ...s.texts, en: change(s.texts.en!) } } : s)) } : d,
  );
  await syncContent(database.prisma, content.documents);
}

/** The reader's own export, with every item given another id, as another tool might rewrite it. */
async function exportWithOtherIds(viewer: { id: string }) {
  const options = { document: current(), baseUrl: 'https://accord.test', filter: { scope: 'mine' as const }, exportedAt: new Date() };
  const file = JSON.parse(await collect(exportJsonLd(options, iterateAnnotations(slug, viewer, options.filter))));
  file.first.items = file.first.items.map((item: { id: string }, i: number) => ({ ...item, id: `https://copy.example/${i}` }));
  return file;
}

async function statuses() {
  return (await database.prisma.annotationTarget.findMany({ select: { anchorStatus: true } })).map((t) => t.anchorStatus);
}

async function hashes() {
  return database.prisma.annotationTarget.findMany({ select: { textHash: true, madeOnHash: true } });
}

describe('a span after the text changed', () => {
  it('keeps the hash of the text it was made on, while its state follows the new text', async () => {
    const alice = await createUser(database, `Alice${(users += 1)}`);
    await annotate(current(), alice, 'en', [{ segmentId: 's2-p1', quote: 'heartfelt apology' }]);
    const [made] = await hashes();
    expect(made!.madeOnHash).toBe(made!.textHash);
    expect(made!.madeOnHash).toMatch(/\w/);
    await editText((text) => `A sentence added in front. ${text}`);
    const [after] = await hashes();
    expect(after!.textHash).not.toBe(made!.textHash);
    expect(after!.madeOnHash).toBe(made!.madeOnHash);
  });
});

describe('re-importing one’s own export after the text changed', () => {
  it('writes nothing when the passage moved: preview and import find it already here', async () => {
    const alice = await createUser(database, `Alice${(users += 1)}`);
    await annotate(current(), alice, 'en', [{ segmentId: 's2-p1', quote: 'heartfelt apology' }], { comment: 'Key phrase.' });
    const file = await exportWithOtherIds(alice);
    await editText((text) => `A sentence added in front. ${text}`);
    expect(await statuses()).toEqual(['anchored']);
    const before = await rowCounts(database);
    const preview = await importAnnotationFile(slug, alice, file, { preview: true });
    expect(preview).toMatchObject({ ok: true, imported: 0, alreadyHere: 1 });
    expect(await importAnnotationFile(slug, alice, file)).toMatchObject({ ok: true, imported: 0, alreadyHere: 1 });
    expect(await rowCounts(database)).toEqual(before);
  });

  it('writes nothing when the passage is now uncertain, and says an uncertain note is not an orphan', async () => {
    const alice = await createUser(database, `Alice${(users += 1)}`);
    await annotate(current(), alice, 'en', [{ segmentId: 's2-p1', quote: 'heartfelt apology' }], { comment: 'Key phrase.' });
    const file = await exportWithOtherIds(alice);
    await editText(() => 'Now only a heartfelt apology remains.');
    expect(await statuses()).toEqual(['uncertain']);
    const before = await rowCounts(database);
    expect(await importAnnotationFile(slug, alice, file)).toMatchObject({ ok: true, imported: 0, alreadyHere: 1 });
    expect(await rowCounts(database)).toEqual(before);
    // Someone else importing it gets it once, credited, and told it is to confirm.
    const bob = await createUser(database, `Bob${(users += 1)}`);
    expect(await importAnnotationFile(slug, bob, file, { preview: true })).toMatchObject({ ok: true, imported: 1, uncertain: 1, orphaned: 0 });
    expect(await importAnnotationFile(slug, bob, file)).toMatchObject({ ok: true, imported: 1, uncertain: 1, orphaned: 0 });
    expect(await statuses()).toEqual(['uncertain', 'uncertain']);
  });
});
