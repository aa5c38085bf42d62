// Round trip on the real PostgreSQL server: export JSON-LD from one database, import it into a
// fresh one as the same reader, export again: the same content. What differs, and why:
// - ids: the importer's database gives new ids to annotations and replies (the file's ids are
//   another server's IRIs), so items are compared with ids replaced by their place in the file;
// - the collection's `generated` time: the same here only because both exports are given one clock.
// Imported by another reader, the same words come back private and credited to their author.
// Dates created/modified of annotations and replies are kept, and compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import { importAnnotationFile } from '@/lib/db/annotation-import';
import { createReply, iterateAnnotations } from '@/lib/db/annotations';
import { exportJsonLd } from '@/lib/export/jsonld';
import { collect } from '@/lib/export/fixtures/sample';
import { annotate, createUser, prepareDatabase, useDatabase } from '@/lib/export/testing/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let source: TestDatabase;
let fresh: TestDatabase;
let document: DocumentContent;
const slug = 'pyongyang-declaration';
const exportedAt = new Date('2026-11-23T09:30:00Z');

async function exportMine(user: { id: string }) {
  const options = { document, baseUrl: 'https://accord.test', filter: { scope: 'mine' as const }, exportedAt };
  return JSON.parse(await collect(exportJsonLd(options, iterateAnnotations(slug, user, options.filter, { batchSize: 2 }))));
}

/** Items with ids replaced by their index in the file, without creators (nor credits and visibility, when `asCopy`). */
function comparable(file: { first: { items: Record<string, unknown>[] } }, asCopy = false) {
  const index = new Map(file.first.items.map((item, i) => [item.id, i]));
  return file.first.items.map(({ id, creator: _creator, target, 'accord:importedFrom': _from, 'accord:visibility': visibility, ...rest }) => ({
    ...(asCopy || visibility === undefined ? {} : { 'accord:visibility': visibility }),
    id: index.get(id),
    ...rest,
    target: typeof target === 'string' ? index.get(target) : target,
  }));
}

beforeAll(async () => {
  [source, fresh] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  document = (await Promise.all([prepareDatabase(source), prepareDatabase(fresh)]))[0]!.find((d) => d.slug === slug)!;
});
afterAll(async () => {
  await Promise.all([source?.drop(), fresh?.drop()]);
});

describe('JSON-LD round trip', () => {
  it('exports, imports into a fresh database and exports again with identical content', async () => {
    useDatabase(source);
    const alice = await createUser(source, 'Alice');
    const apology = await annotate(document, alice, 'ko', [{ segmentId: 's2-p1', quote: '통절한 반성과 마음으로부터의 사죄' }], {
      comment: '**사죄** — compare the Japanese 「お詫び」, and the English "apology".\n\n- one\n- two',
      tags: ['apology', '사죄', 'お詫び'],
      color: 'pink',
      visibility: 'shared',
    });
    await createReply(apology.id, alice, { body: 'My own follow-up: see also §3.' });
    await createReply(apology.id, alice, { body: '二つ目の返信' });
    // A passage over two segments, private, without a comment.
    await annotate(
      document,
      alice,
      'ja',
      [
        { segmentId: 's1-p1', quote: '日朝国交正常化交渉を再開する' },
        { segmentId: 's1-p2', quote: '双方は、正常化を実現する' },
      ],
      { color: 'blue' },
    );
    await annotate(document, alice, 'en', [{ segmentId: 's2-p1', quote: 'in a spirit of humility' }], { comment: 'Humility.', tags: ['tone'] });

    const first = await exportMine(alice);
    expect(first.total).toBe(5);

    useDatabase(fresh);
    // The same reader on another instance: the same account id (creator urn:uuid:…).
    const again = await fresh.prisma.user.create({ data: { id: alice.id, name: 'Alice', email: 'alice@fresh.test' }, select: { id: true, name: true } });
    const summary = await importAnnotationFile(slug, again, first);
    expect(summary).toMatchObject({ ok: true, imported: 3, replies: 2, skippedReplies: 0, skippedDeleted: 0, credited: 0, alreadyHere: 0 });
    const second = await exportMine(again);

    expect(comparable(second)).toEqual(comparable(first));
    expect(second.first.items.some((item: object) => 'accord:importedFrom' in item)).toBe(false);
    const { first: _a, id: _b, ...firstHead } = first;
    const { first: _c, id: _d, ...secondHead } = second;
    expect(secondHead).toEqual(firstHead);

    // Another reader (Alice's copies gone, else her shared note would be already here): the same
    // words, private to them, each credited to Alice.
    await fresh.prisma.annotation.deleteMany();
    const carol = await createUser(fresh, 'Carol');
    expect(await importAnnotationFile(slug, carol, first)).toMatchObject({ ok: true, imported: 3, credited: 3, replies: 2, creditedReplies: 2 });
    const third = await exportMine(carol);
    expect(comparable(third, true)).toEqual(comparable(first, true));
    type Item = { id: string; motivation?: string; 'accord:visibility'?: string; 'accord:importedFrom'?: { id: string; creator: { name: string } } };
    const original = new Map<number, string>(first.first.items.map((item: Item, i: number) => [i, item.id]));
    third.first.items.forEach((item: Item, i: number) => {
      expect(item['accord:importedFrom']).toMatchObject({ id: original.get(i), creator: { name: 'Alice' } });
      if (item.motivation !== 'replying') expect(item['accord:visibility']).toBe('private');
    });
  });
});
