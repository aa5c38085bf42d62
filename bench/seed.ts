// Seeding shared by the benchmarks: a fresh database on the PostgreSQL server (TEST_DATABASE_URL,
// default postgresql://postgres@127.0.0.1:5432/postgres) with the migrations and content/ applied,
// and N annotations on the Pyongyang Declaration, the same N giving the same annotations every run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadAllDocuments } from '@/lib/content/load';
import { loadedContent, prepareDatabase, withClient } from '@/lib/db/prepare-database';
import { applyMigrations } from '@/lib/db/schema-engine';
import { seedAnnotations } from '@/lib/db/seed';

export const slug = 'pyongyang-declaration';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseUrl = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/**
 * Content synced and `count` notes seeded by lib/db/seed.ts (the same as `npm run seed`): the same
 * count gives the same notes every run. Returns the first author's id, whose private notes are all
 * of them, so that as this viewer every note is visible (and both visibility rules are used).
 */
export async function seed(url: string, count: number): Promise<string> {
  const documents = await loadAllDocuments();
  await prepareDatabase(url, loadedContent(documents), { demoUser: false });
  const report = await withClient(url, (client) => seedAnnotations(client, documents, { count, document: slug, seed: 42 }));
  return report.authors[0]!.id;
}

/** A migrated database of its own; `drop()` removes it unless `keep` is set. */
export async function createBenchDatabase(keep = false): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `accord_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  await applyMigrations(url);
  return {
    name,
    url,
    async drop() {
      if (keep) console.log(`kept ${url}`);
      else await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
