// The launcher's cheap checks against the real PostgreSQL server: each says "nothing to do" only
// when migrating or syncing would really do nothing.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllDocuments } from '@/lib/content/load';
import { summarise, type ContentSummary } from '@/lib/content/content-summary';
import type { DocumentContent } from '@/lib/content/types';
import { committedMigrations, contentInSync, migrationsUpToDate, readSyncedRows, userExists } from '@/lib/db/start-checks';
import { syncContent } from '@/lib/db/sync-content';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let db: TestDatabase;
let client: pg.Client;
let documents: DocumentContent[];
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  documents = await loadAllDocuments();
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('migrationsUpToDate', () => {
  it('holds once every committed migration is applied', async () => {
    expect(await migrationsUpToDate(client, await committedMigrations())).toBe(true);
  });

  it('fails for a migration not yet applied or edited since', async () => {
    const committed = await committedMigrations();
    expect(await migrationsUpToDate(client, [...committed, { name: '29990101000000_next', checksum: 'x' }])).toBe(false);
    expect(
      await migrationsUpToDate(
        client,
        committed.map((m) => ({ ...m, checksum: '0'.repeat(64) })),
      ),
    ).toBe(false);
  });

  it('fails while a migration is recorded as failed, so that the schema engine reports it', async () => {
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (gen_random_uuid(), 'x', '29990101000000_broken', now(), 0)`,
    );
    try {
      expect(await migrationsUpToDate(client, await committedMigrations())).toBe(false);
    } finally {
      await client.query(`DELETE FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'`);
    }
  });

  it('fails on a database that has never been migrated', async () => {
    const fresh = new pg.Client({ connectionString: db.url });
    await fresh.connect();
    try {
      await fresh.query('CREATE SCHEMA empty; SET search_path TO empty');
      expect(await migrationsUpToDate(fresh, await committedMigrations())).toBe(false);
    } finally {
      await fresh.end();
    }
  });
});

describe('contentInSync', () => {
  const inSync = async (content: ContentSummary[]) => contentInSync(await readSyncedRows(client), content);
  const first = () => documents[0]!;
  const withFirst = (change: (d: DocumentContent) => DocumentContent) => [change(first()), ...documents.slice(1)];

  it('fails before content was ever synced and holds after', async () => {
    expect(await inSync(documents)).toBe(false);
    await syncContent(db.prisma, documents);
    expect(await inSync(documents)).toBe(true);
  });

  it('answers alike for the documents and for their remembered summary', async () => {
    expect(await inSync(summarise(documents))).toBe(true);
    expect(await inSync(summarise(withFirst((d) => ({ ...d, title: `${d.title}?` }))))).toBe(false);
  });

  it('notices an edited text by its hash (sync re-anchors its notes), for the documents and their summary alike', async () => {
    const edited = withFirst((d) => ({ ...d, segments: d.segments.map((s) => ({ ...s, texts: { ...s.texts, en: `${s.texts.en} (edited)` } })) }));
    expect(await inSync(edited)).toBe(false);
    expect(await inSync(summarise(edited))).toBe(false);
    await syncContent(db.prisma, edited);
    expect(await inSync(edited)).toBe(true);
    await syncContent(db.prisma, documents);
  });

  it.each([
    ['a title changed', (d: DocumentContent) => ({ ...d, title: `${d.title}!` })],
    ['a language source changed', (d: DocumentContent) => ({ ...d, languages: d.languages.map((l, i) => (i ? l : { ...l, source: `${l.source}.` })) })],
    ['a language was added', (d: DocumentContent) => ({ ...d, languages: [...d.languages, { ...d.languages[0]!, code: 'fr' }] })],
    ['a language was removed', (d: DocumentContent) => ({ ...d, languages: d.languages.slice(1) })],
    ['segments were reordered', (d: DocumentContent) => ({ ...d, segments: [d.segments[1]!, d.segments[0]!, ...d.segments.slice(2)] })],
    ['a segment was added', (d: DocumentContent) => ({ ...d, segments: [...d.segments, { ...d.segments[0]!, id: 'added-at-the-end' }] })],
    ['a segment was removed', (d: DocumentContent) => ({ ...d, segments: d.segments.slice(0, -1) })],
    ['a document was added', (d: DocumentContent) => ({ ...d, slug: 'another-document' })],
  ])('fails when %s, and holds again once synced', async (_, change) => {
    const changed = [...withFirst(change), ...(change(first()).slug !== first().slug ? [first()] : [])];
    expect(await inSync(changed)).toBe(false);
    await syncContent(db.prisma, changed);
    expect(await inSync(changed)).toBe(true);
    await syncContent(db.prisma, documents);
    expect(await inSync(documents)).toBe(true);
  });
});

describe('userExists', () => {
  it('tells whether an account with the email exists', async () => {
    expect(await userExists(client, 'someone@example.org')).toBe(false);
    await db.prisma.user.create({ data: { email: 'someone@example.org', name: 'Someone' } });
    expect(await userExists(client, 'someone@example.org')).toBe(true);
  });
});
