import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations, migrationsDir } from '@/lib/db/schema-engine';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

const expectedTables = [
  'Account',
  'Annotation',
  'AnnotationCount',
  'AnnotationTarget',
  'AttemptLimit',
  'Document',
  'DocumentLanguage',
  'Group',
  'GroupInvite',
  'LiveEvent',
  'Membership',
  'Notification',
  'Reply',
  'Segment',
  'User',
  '_prisma_migrations',
];

const committedMigrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

async function tablesOf(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    return rows.map((row) => row.table_name).sort();
  } finally {
    await client.end();
  }
}

describe('applyMigrations', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => database?.drop());

  it('creates the schema on a fresh database of the real PostgreSQL server, and a second run applies nothing', async () => {
    database = await createTestDatabase();
    expect(await tablesOf(database.url)).toEqual(expectedTables.sort());
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it('creates the same schema on embedded PGlite', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    try {
      expect(await applyMigrations(embedded.connectionString)).toEqual(committedMigrations);
      expect(await tablesOf(embedded.connectionString)).toEqual(expectedTables.sort());
    } finally {
      await embedded.stop();
    }
  });
});
