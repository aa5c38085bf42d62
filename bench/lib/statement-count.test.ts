// Runs against the real PostgreSQL server (TEST_DATABASE_URL), on a temporary table of its session.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from './statement-count';

const url = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

describe('countStatements', () => {
  const counter = countStatements();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  beforeAll(async () => {
    const client = await pool.connect();
    client.release();
  });
  afterAll(async () => {
    counter.restore();
    await pool.end();
  });

  it('counts what runs between BEGIN and COMMIT as inside, a lone read as outside, and a lone write as a transaction of one', async () => {
    const counted = await counter.during(async () => {
      const client = await pool.connect();
      try {
        await client.query('CREATE TEMP TABLE t (n int)');
        await client.query('SELECT 1 AS lookup');
        await client.query('BEGIN');
        await client.query('INSERT INTO t VALUES (1)');
        await client.query({ text: 'SELECT n FROM t WHERE n = $1', values: [1] });
        await client.query('COMMIT');
        await client.query('INSERT INTO t VALUES (2)');
        await client.query('WITH x AS (INSERT INTO t VALUES (3) RETURNING n) SELECT n FROM x');
      } finally {
        client.release();
      }
    });
    expect(counted).toMatchObject({ inside: 5, outside: 1, outsideSql: ['SELECT 1 AS lookup'] });
    expect(counted.insideSql).toHaveLength(5);
  });
});
