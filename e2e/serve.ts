// The server Playwright tests run against: a database of its own on the real PostgreSQL server
// (created here, dropped when the server stops), migrations and content applied by the launcher,
// and a production build in a separate dist dir so that a dev server may keep running.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = process.env.ACCORD_E2E_DB ?? `accord_e2e_${process.pid}`;
const port = process.env.ACCORD_E2E_PORT ?? '3100';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const url = new URL(serverUrl);
url.pathname = `/${database}`;
await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin(`CREATE DATABASE "${database}"`);

// content/ as it is, and beside it a document with two texts of one language (lib/content/fixtures/
// two-witnesses): the declaration has no second Japanese text, and none may be invented for it. A
// copy, so that the project's content/ (and the font subsets cut from it) stay as they are.
const contentDir = mkdtempSync(path.join(tmpdir(), 'accord-e2e-content-'));
cpSync('content', contentDir, { recursive: true });
cpSync('lib/content/fixtures/two-witnesses', path.join(contentDir, 'two-witnesses'), { recursive: true });

// Node itself, not npx: a stop must reach the launcher, which stops the app and waits for it, before
// the database is dropped (through npx and a shell the signal stopped at npx, and the app lived on).
const args = ['--import', 'tsx', 'scripts/start.ts', '--port', port];
if (process.env.ACCORD_E2E_NO_BUILD) args.push('--no-build');
const app = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    ACCORD_CONTENT_DIR: contentDir,
    ACCORD_DIST_DIR: process.env.ACCORD_DIST_DIR ?? '.next-e2e',
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789',
    // Every journey signs its readers up from this one address.
    ACCORD_SIGNUPS_PER_ADDRESS: '10000',
    // Two processes, so that every journey also checks that nothing depends on one process's memory.
    ACCORD_WORKERS: process.env.ACCORD_WORKERS ?? '2',
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  rmSync(contentDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
app.on('exit', (code) => void stop(code ?? 1));
