// Import against the real PostgreSQL server: everything in one transaction, nothing written when
// anything is wrong. What is already here and whose words a note holds: import-trust.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import { importAnnotationFile, type ImportResult, type ImportSummary } from '@/lib/db/annotation-import';
import { importSummary } from '@/lib/export/testing/import-summary';
import { db } from '@/lib/db/client';
import { createUser, prepareDatabase, rowCounts, useDatabase } from '@/lib/export/testing/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let database: TestDatabase;
let document: DocumentContent;
let importer: { id: string };
const slug = 'pyongyang-declaration';

const good = (n: number) => ({
  id: `https://other.example/anno/${n}`,
  type: 'Annotation',
  motivation: 'commenting',
  body: { type: 'TextualBody', value: `note ${n}` },
  target: {
    source: { id: `https://other.example/documents/${slug}#s2-p1`, language: 'en' },
    selector: { type: 'TextQuoteSelector', exact: 'heartfelt apology' },
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabase(database);
  document = (await prepareDatabase(database)).find((d) => d.slug === slug)!;
  importer = await createUser(database, 'Importer');
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  vi.restoreAllMocks();
  await database.prisma.annotation.deleteMany();
});

const summary = (counts: Partial<ImportSummary>): ImportResult => ({ ok: true, ...importSummary(counts) });

describe('importAnnotationFile', () => {
  it('writes the importer’s own annotations as theirs, private unless the file says shared', async () => {
    const before = await rowCounts(database);
    const mine = { creator: { id: `urn:uuid:${importer.id}`, name: 'Importer' } };
    const result = await importAnnotationFile(slug, importer, [
      { ...good(1), ...mine },
      { ...good(2), ...mine, 'accord:visibility': 'shared' },
    ]);
    expect(result).toEqual(summary({ imported: 2 }));
    expect(await rowCounts(database)).toEqual({ ...before, annotations: before.annotations + 2, targets: before.targets + 2 });
    const rows = await database.prisma.annotation.findMany({ where: { authorId: importer.id }, orderBy: { comment: 'asc' }, include: { targets: true } });
    expect(rows.map((r) => [r.comment, r.visibility, r.color])).toEqual([
      ['note 1', 'PRIVATE', 'yellow'],
      ['note 2', 'SHARED', 'yellow'],
    ]);
    // Free text finds imported notes by their comment and their quote (written with the targets).
    expect(rows.map((r) => r.searchText)).toEqual(['note 1\n\nheartfelt apology', 'note 2\n\nheartfelt apology']);
    const text = document.segments.find((s) => s.id === 's2-p1')!.texts.en!;
    expect(rows[0]!.targets[0]).toMatchObject({ exact: 'heartfelt apology', start: text.indexOf('heartfelt apology') });
    expect(rows.map((r) => [r.via, r.importedFromId])).toEqual([
      ['https://other.example/anno/1', null],
      ['https://other.example/anno/2', null],
    ]);
  });

  it('changes nothing when the file is malformed', async () => {
    const before = await rowCounts(database);
    const result = await importAnnotationFile(slug, importer, { type: 'AnnotationCollection', first: { items: 'nope' } });
    expect(result.ok).toBe(false);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('lists every problem of a file with hundreds of thousands of them, and writes nothing', async () => {
    const before = await rowCounts(database);
    const result = await importAnnotationFile(
      slug,
      importer,
      Array.from({ length: 100_000 }, () => ({})),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.length).toBeGreaterThanOrEqual(100_000);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('writes nothing when one item among good ones is bad, and says which', async () => {
    const before = await rowCounts(database);
    const bad = { ...good(3), target: { ...good(3).target, selector: { type: 'TextQuoteSelector', exact: 'no such words' } } };
    const result = await importAnnotationFile(slug, importer, [good(1), good(2), bad, good(4)]);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'items[2].target.selector', message: 'the quote “no such words” is not in segment "s2-p1" (en), nor anywhere else in it' }],
    });
    expect(await rowCounts(database)).toEqual(before);
  });

  it('leaves nothing half-written when the database fails midway', async () => {
    const before = await rowCounts(database);
    const prisma = db();
    const transaction = prisma.$transaction.bind(prisma) as (fn: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
    // The annotations and targets go in, then writing the replies fails.
    vi.spyOn(prisma, '$transaction').mockImplementation(((fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
      transaction(async (tx) => {
        const failing = new Proxy(tx as object, {
          get: (target, key) => (key === 'reply' ? { createMany: () => Promise.reject(new Error('disk full')) } : Reflect.get(target, key)),
        });
        return fn(failing);
      }, options)) as never);
    const creator = { id: 'https://other.example/users/1', name: 'Someone' };
    const reply = {
      id: 'https://other.example/r/1',
      type: 'Annotation',
      motivation: 'replying',
      creator,
      target: good(1).id,
      body: { type: 'TextualBody', value: 'hi' },
    };
    await expect(importAnnotationFile(slug, importer, [{ ...good(1), creator }, reply])).rejects.toThrow('disk full');
    expect(await rowCounts(database)).toEqual(before);
  });

  it('answers an unknown document as not found', async () => {
    await expect(importAnnotationFile('no-such-document', importer, [good(1)])).rejects.toMatchObject({ kind: 'not-found' });
  });
});
