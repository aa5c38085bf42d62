// Import that readers can trust, against the real PostgreSQL server (issue 12): re-importing one's
// own export writes nothing twice; another reader's export comes in private and credited, never
// as the importer's words; a preview says exactly what the import then does; and the public list
// shows each comment once, under its author's name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import { importAnnotationFile, type ImportResult, type ImportSummary } from '@/lib/db/annotation-import';
import { importSummary } from '@/lib/export/testing/import-summary';
import { createReply, deleteAnnotation, getAnnotation, iterateAnnotations, updateAnnotation } from '@/lib/db/annotations';
import { collect } from '@/lib/export/fixtures/sample';
import { skipReasons } from '@/lib/export/import-plan';
import { exportJsonLd } from '@/lib/export/jsonld';
import { annotate, createUser, prepareDatabase, rowCounts, useDatabase } from '@/lib/export/testing/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let database: TestDatabase;
let document: DocumentContent;
const slug = 'pyongyang-declaration';
let users = 0;
const newUser = (name: string) => createUser(database, `${name}${(users += 1)}`);

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabase(database);
  document = (await prepareDatabase(database)).find((d) => d.slug === slug)!;
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  await database.prisma.annotation.deleteMany();
});

const summary = (counts: Partial<ImportSummary>): ImportResult => ({ ok: true, ...importSummary(counts) });

async function exportOf(viewer: { id: string } | null, scope: 'mine' | 'visible', baseUrl = 'https://accord.test') {
  const options = { document, baseUrl, filter: { scope }, exportedAt: new Date() };
  return JSON.parse(await collect(exportJsonLd(options, iterateAnnotations(slug, viewer, options.filter))));
}

/** What a signed-out reader sees: every shared note, its comment, author and credit. */
async function publicList() {
  const out: string[] = [];
  for await (const a of iterateAnnotations(slug, null, { scope: 'visible' })) {
    if (!a.deleted) out.push(`${a.comment} · ${a.author.name}${a.importedFrom ? ` · from ${a.importedFrom.creatorName}` : ''}`);
  }
  return out.sort();
}

/** A preview, then the import: the preview must say what the import does, and write nothing. */
async function previewThenImport(user: { id: string }, file: unknown): Promise<ImportResult> {
  const before = await rowCounts(database);
  const preview = await importAnnotationFile(slug, user, file, { preview: true });
  expect(await rowCounts(database)).toEqual(before);
  const result = await importAnnotationFile(slug, user, file);
  expect(preview).toEqual(result.ok ? { ...result, preview: true } : result);
  return result;
}

/** Four notes of Alice's: shared with Bob's reply and her own, private, across two segments, tagged. */
async function aliceWrites() {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const shared = await annotate(document, alice, 'en', [{ segmentId: 's2-p1', quote: 'heartfelt apology' }], { visibility: 'shared', comment: 'Key phrase.' });
  await createReply(shared.id, bob, { body: 'Bob agrees.' });
  await createReply(shared.id, alice, { body: 'Alice adds.' });
  await annotate(document, alice, 'ko', [{ segmentId: 's2-p1', quote: '통절한 반성' }], { comment: 'Private thought.' });
  await annotate(document, alice, 'en', [{ segmentId: 's1-p1', quote: 'early normalization' }], { visibility: 'shared', tags: ['place'] });
  await annotate(
    document,
    alice,
    'en',
    [
      { segmentId: 's2-p1', quote: 'tremendous damage' },
      { segmentId: 's2-p2', quote: 'economic co-operation' },
    ],
    { comment: 'Two paragraphs.', color: 'green' },
  );
  return { alice, bob, shared };
}

describe('re-importing one’s own export', () => {
  it('writes nothing: 4 notes stay 4, and the result says they are already here', async () => {
    const { alice } = await aliceWrites();
    const file = await exportOf(alice, 'mine');
    const before = await rowCounts(database);
    const result = await previewThenImport(alice, file);
    expect(result).toEqual(
      summary({ alreadyHere: 4, repliesAlreadyHere: 1, skippedReplies: 1, skippedReasons: [{ reason: skipReasons.othersUnderShared, count: 1 }] }),
    );
    expect(await rowCounts(database)).toEqual(before);
    expect(await database.prisma.annotation.count({ where: { authorId: alice.id } })).toBe(4);
  });

  it('recognises the notes by what they say when the file gives them other ids', async () => {
    const { alice } = await aliceWrites();
    const file = await exportOf(alice, 'mine');
    // As another tool might rewrite them: new ids, the creator kept.
    type Item = { id: string; motivation?: string; target: unknown };
    const renamed = new Map<string, string>(file.first.items.map((item: Item, i: number) => [item.id, `https://copy.example/${i}`]));
    file.first.items = file.first.items.map((item: Item) => ({
      ...item,
      id: renamed.get(item.id),
      ...(item.motivation === 'replying' ? { target: renamed.get(item.target as string) } : {}),
    }));
    const result = await importAnnotationFile(slug, alice, file);
    expect(result).toMatchObject({ ok: true, imported: 0, alreadyHere: 4, repliesAlreadyHere: 1 });
  });
});

describe('importing another reader’s export', () => {
  it('brings their notes in private to the importer, credited to them, their replies credited too', async () => {
    const { alice, shared } = await aliceWrites();
    // Alice's export from another instance: its ids name nothing here.
    const file = await exportOf(alice, 'mine', 'https://elsewhere.example');
    await database.prisma.annotation.deleteMany();
    const carol = await newUser('Carol');
    const result = await previewThenImport(carol, file);
    expect(result).toEqual(summary({ imported: 4, credited: 4, replies: 2, creditedReplies: 2 }));
    const rows = await database.prisma.annotation.findMany({ include: { replies: { orderBy: { createdAt: 'asc' } } }, orderBy: { comment: 'asc' } });
    expect(rows.every((row) => row.authorId === carol.id && row.visibility === 'PRIVATE' && row.importedFromCreatorName === alice.name)).toBe(true);
    const keyPhrase = rows.find((row) => row.comment === 'Key phrase.')!;
    expect(keyPhrase.importedFromId).toBe(`https://elsewhere.example/api/annotations/${shared.id}`);
    expect(keyPhrase.replies.map((r) => [r.body, r.importedFromCreatorName])).toEqual([
      ['Bob agrees.', expect.stringMatching(/^Bob/)],
      ['Alice adds.', alice.name],
    ]);
    // The API gives the credit on the note and on each reply.
    const read = await getAnnotation(keyPhrase.id, carol);
    expect(read.importedFrom).toEqual({
      id: `https://elsewhere.example/api/annotations/${shared.id}`,
      creatorName: alice.name,
      creatorId: `urn:uuid:${alice.id}`,
      created: shared.createdAt,
    });
    expect(read.replies.map((r) => r.importedFrom?.creatorName)).toEqual([expect.stringMatching(/^Bob/), alice.name]);
    // Importing the same file again writes nothing.
    expect(await importAnnotationFile(slug, carol, file)).toEqual(summary({ alreadyHere: 4, repliesAlreadyHere: 2 }));
    // Nor can Carol publish Alice's words from her account afterwards; her own changes are kept.
    await expect(updateAnnotation(keyPhrase.id, carol, { visibility: 'shared' })).rejects.toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'visibility', message: expect.stringContaining('someone else') }],
    });
    expect((await updateAnnotation(keyPhrase.id, carol, { color: 'green', visibility: 'private' })).color).toBe('green');
    expect(await publicList()).toEqual([]);
  });

  it('does not say whether someone else’s private note is here: it comes in as a credited copy', async () => {
    const { alice } = await aliceWrites();
    // Alice gave Carol her export of this instance: its ids name Alice's notes here, two of them private.
    const file = await exportOf(alice, 'mine');
    const carol = await newUser('Carol');
    const result = await importAnnotationFile(slug, carol, file);
    expect(result).toMatchObject({ ok: true, imported: 2, credited: 2, alreadyHere: 2 });
    const copies = await database.prisma.annotation.findMany({ where: { authorId: carol.id }, orderBy: { comment: 'asc' } });
    expect(copies.map((c) => [c.comment, c.visibility, c.importedFromCreatorName])).toEqual([
      ['Private thought.', 'PRIVATE', alice.name],
      ['Two paragraphs.', 'PRIVATE', alice.name],
    ]);
  });

  it('on the same instance, finds their shared notes already here: the public list shows each comment once', async () => {
    const { alice, bob } = await aliceWrites();
    const carol = await newUser('Carol');
    await annotate(document, carol, 'en', [{ segmentId: 's3-p1', quote: 'security' }], { visibility: 'shared', comment: 'Carol’s own.' });
    const file = await exportOf(carol, 'visible');
    const before = await publicList();
    expect(before).toEqual([` · ${alice.name}`, 'Carol’s own. · ' + carol.name, `Key phrase. · ${alice.name}`].sort());
    const result = await previewThenImport(carol, file);
    expect(result).toMatchObject({ ok: true, imported: 0, alreadyHere: 3, repliesAlreadyHere: 2 });
    expect(await publicList()).toEqual(before);
    // Bob does the same: nothing new either.
    expect(await importAnnotationFile(slug, bob, file)).toMatchObject({ ok: true, imported: 0, alreadyHere: 3 });
    expect(await publicList()).toEqual(before);
  });
});

describe('a mixed file', () => {
  it('writes only what is new, credits others, keeps orphans, skips deleted placeholders, and says so', async () => {
    const { alice } = await aliceWrites();
    const dora = await newUser('Dora');
    const gone = await annotate(document, dora, 'en', [{ segmentId: 's3-p1', quote: 'security' }], { visibility: 'shared', comment: 'Gone.' });
    await createReply(gone.id, alice, { body: 'Why?' });
    await deleteAnnotation(gone.id, dora);
    const file = await exportOf(alice, 'visible');
    const mine = { id: `urn:uuid:${alice.id}`, type: 'Person', name: alice.name };
    const items = file.first.items;
    items.push(
      {
        id: 'https://elsewhere.example/anno/new',
        type: 'Annotation',
        creator: mine,
        'accord:visibility': 'shared',
        body: { type: 'TextualBody', value: 'New and mine.' },
        target: {
          source: { id: `https://elsewhere.example/documents/${slug}#s2-p1`, language: 'en' },
          selector: { type: 'TextQuoteSelector', exact: 'apology' },
        },
      },
      {
        id: 'https://elsewhere.example/anno/eve',
        type: 'Annotation',
        creator: { id: 'https://elsewhere.example/people/eve', name: 'Eve' },
        'accord:visibility': 'shared',
        body: { type: 'TextualBody', value: 'Eve’s words.' },
        target: {
          source: { id: `https://elsewhere.example/documents/${slug}#s2-p1`, language: 'en' },
          selector: { type: 'TextQuoteSelector', exact: 'apology' },
        },
      },
      {
        id: 'https://elsewhere.example/anno/orphan',
        type: 'Annotation',
        creator: mine,
        'accord:status': 'orphaned',
        body: { type: 'TextualBody', value: 'Its words are gone.' },
        target: {
          source: { id: `https://elsewhere.example/documents/${slug}#s2-p1`, language: 'en' },
          selector: [
            { type: 'TextQuoteSelector', exact: 'words no longer here' },
            { type: 'TextPositionSelector', start: 0, end: 20 },
          ],
        },
      },
    );
    const before = await rowCounts(database);
    const result = await previewThenImport(alice, file);
    expect(result).toEqual(
      summary({
        imported: 3,
        credited: 1,
        orphaned: 1,
        alreadyHere: 4,
        repliesAlreadyHere: 1,
        skippedReplies: 2,
        skippedDeleted: 1,
        skippedReasons: [
          { reason: skipReasons.othersUnderShared, count: 1 },
          { reason: skipReasons.deleted, count: 1 },
        ],
      }),
    );
    expect(await rowCounts(database)).toMatchObject({ annotations: before.annotations + 3 });
    const eve = await database.prisma.annotation.findFirstOrThrow({ where: { comment: 'Eve’s words.' } });
    expect(eve).toMatchObject({
      authorId: alice.id,
      visibility: 'PRIVATE',
      importedFromCreatorName: 'Eve',
      importedFromCreator: 'https://elsewhere.example/people/eve',
    });
    expect(await database.prisma.annotation.findFirstOrThrow({ where: { comment: 'New and mine.' } })).toMatchObject({
      visibility: 'SHARED',
      importedFromId: null,
    });
    expect((await publicList()).filter((line) => line.includes('Eve'))).toEqual([]);
  });

  it('writes nothing at all when one item is refused, preview or not', async () => {
    const { alice } = await aliceWrites();
    const file = await exportOf(alice, 'mine', 'https://elsewhere.example');
    file.first.items.push({
      id: 'https://x.example/bad',
      type: 'Annotation',
      target: { source: 'https://x.example/d#s2-p1', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    });
    const before = await rowCounts(database);
    const preview = await importAnnotationFile(slug, alice, file, { preview: true });
    expect(preview.ok).toBe(false);
    expect(await importAnnotationFile(slug, alice, file)).toEqual(preview);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('writes a file once when the same import is sent twice at the same moment', async () => {
    const { alice } = await aliceWrites();
    const file = await exportOf(alice, 'mine', 'https://elsewhere.example');
    await database.prisma.annotation.deleteMany();
    const carol = await newUser('Carol');
    const results = await Promise.all([importAnnotationFile(slug, carol, file), importAnnotationFile(slug, carol, file)]);
    expect(results.map((r) => r.ok && r.imported).sort()).toEqual([0, 4]);
    expect(await database.prisma.annotation.count({ where: { authorId: carol.id } })).toBe(4);
  });
});
