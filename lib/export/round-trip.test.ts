// Round trip on the real PostgreSQL server: export JSON-LD from one database, import it into a
// fresh one as another user, export again: the same content. What differs, and why:
// - ids: the importer's database gives new ids to annotations and replies (the file's ids are
//   another server's IRIs), so items are compared with ids replaced by their place in the file;
// - creator: the importer owns what they import (that is what import means here);
// - the collection's `generated` time: the same here only because both exports are given one clock.
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

/** Items with ids replaced by their index in the file and without creators. */
function comparable(file: { first: { items: Record<string, unknown>[] } }) {
  const index = new Map(file.first.items.map((item, i) => [item.id, i]));
  return file.first.items.map(({ id, creator: _creator, target, ...rest }) => ({
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
    const carol = await createUser(fresh, 'Carol');
    const summary = await importAnnotationFile(slug, carol, first);
    expect(summary).toEqual({ ok: true, imported: 3, replies: 2, skippedReplies: 0, skippedDeleted: 0 });
    const second = await exportMine(carol);

    expect(comparable(second)).toEqual(comparable(first));
    expect(second.first.items.every((item: { creator: { name: string } }) => item.creator.name === 'Carol')).toBe(true);
    const { first: _a, id: _b, ...firstHead } = first;
    const { first: _c, id: _d, ...secondHead } = second;
    expect(secondHead).toEqual(firstHead);
  });
});
