// Integration tests get a database of their own on the real PostgreSQL server (TEST_DATABASE_URL,
// default 127.0.0.1:5432 as postgres), with the committed migrations applied; it is dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { applyMigrations } from '@/lib/db/schema-engine';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function urlFor(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; prisma: PrismaClient; drop(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `accord_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 4);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
