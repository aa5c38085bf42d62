import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirectoryInUseError, startEmbeddedPostgres } from '@/lib/db/embedded';

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('keeps its data in the folder across restarts, and refuses a second opener while it runs', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'accord-embedded-'));
    const dataDir = path.join(root, 'pglite');

    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await query(first.connectionString, `CREATE TABLE note (body text); INSERT INTO note VALUES ('조일 日朝')`);
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toBeInstanceOf(DataDirectoryInUseError);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query<{ body: string }>(second.connectionString, 'SELECT body FROM note')).toEqual([{ body: '조일 日朝' }]);
    } finally {
      await second.stop();
    }
    // Two PGlite starts, the first creating its data directory in WebAssembly: slow on a busy 2-core machine.
  }, 90_000);

  it('refuses a data directory locked by another running process, and takes over a lock left by a dead one', async () => {
    root ??= await mkdtemp(path.join(os.tmpdir(), 'accord-embedded-'));
    const dataDir = path.join(root, 'locked');
    // The parent process (the test runner) is alive and is not us.
    await writeFile(`${dataDir}.lock`, String(process.ppid));
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`already open in process ${process.ppid}`);

    await writeFile(`${dataDir}.lock`, '2147483646');
    const embedded = await startEmbeddedPostgres({ dataDir });
    await embedded.stop();
  });
});
