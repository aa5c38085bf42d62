// Drops the end-to-end database even when the server was killed before it could drop it itself.
import pg from 'pg';

export default async function globalTeardown() {
  const database = process.env.ACCORD_E2E_DB;
  if (!database) return;
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
