// The app as a reader meets it, for the HTTP and page benchmarks: a production build in a dist dir
// of its own (.next-bench), served as `npm start` serves it (lib/server/serve-command.ts) on a fresh database of the PostgreSQL server with
// the migrations and content/ applied, as e2e/serve.ts does; and readers signed in through
// next-auth's credentials endpoint, each with a session cookie.
// One build serves a whole `npm run bench`: bench/run.ts names the run (ACCORD_BENCH_RUN) and the
// build records it. ACCORD_BENCH_NO_BUILD=1 reuses whatever build is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { loadAllDocuments } from '@/lib/content/load';
import { createPrismaClient } from '@/lib/db/create-client';
import { syncContent } from '@/lib/db/sync-content';
import { serveCommand } from '@/lib/server/serve-command';
import { workerCount } from '@/lib/server/workers.mjs';
import { createBenchDatabase } from '../seed';

export const distDir = '.next-bench';
export const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const secret = 'bench-secret-not-for-production-0123456789';
export const password = 'pyongyang-2002-reading';

/** Runs a command to its end with output on stderr (stdout carries the benchmark's lines). */
export function runToEnd(command: string, argv: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(argv[0] ?? command)} ${argv[1] ?? ''} exited with ${code}`))));
  });
}

/** `next build` into .next-bench, once per `npm run bench`. */
export async function ensureBuild(): Promise<void> {
  const marker = path.join(distDir, 'bench-run');
  const run = process.env.ACCORD_BENCH_RUN;
  const built = existsSync(path.join(distDir, 'BUILD_ID'));
  if (built && process.env.ACCORD_BENCH_NO_BUILD === '1') return;
  if (built && run && existsSync(marker) && readFileSync(marker, 'utf8') === run) return;
  const began = performance.now();
  console.error(`building the app into ${distDir} …`);
  await runToEnd(process.execPath, [nextBin, 'build'], { ...process.env, ACCORD_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' });
  if (run) writeFileSync(marker, run);
  console.log(`production build: ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

/** A migrated database with content/ synced; `drop()` removes it. */
export async function contentDatabase() {
  const database = await createBenchDatabase();
  const prisma = createPrismaClient(database.url, 2);
  try {
    await syncContent(prisma, await loadAllDocuments());
  } finally {
    await prisma.$disconnect();
  }
  return database;
}

/** Polls a URL until it answers 200, or fails after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs: number, process?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (process && process.exitCode !== null) throw new Error(`the server exited with ${process.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} not healthy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Stops a child and waits for it; SIGKILL if it has not gone after a few seconds. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}

export type App = { baseUrl: string; databaseUrl: string; pid: number; stop(): Promise<void> };

/** The bench build served as `npm start` serves it, on `databaseUrl`, healthy when this returns. */
export async function startApp(databaseUrl: string, port: number, poolMax = process.env.DATABASE_POOL_MAX ?? '10'): Promise<App> {
  const baseUrl = `http://localhost:${port}`;
  // ACCORD_BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the app under the benchmark's load.
  const nodeArgs = (process.env.ACCORD_BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const workers = workerCount({ embedded: false, requested: process.env.ACCORD_WORKERS });
  const child = spawn(process.execPath, [...nodeArgs, ...serveCommand({ projectRoot: process.cwd(), port, workers })], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ACCORD_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: poolMax,
      ACCORD_EMBEDDED: '0',
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const stop = () => stopChild(child);
  // An interrupted benchmark must not leave the server behind.
  process.once('exit', () => child.kill('SIGKILL'));
  try {
    await waitForOk(`${baseUrl}/api/health`, 60_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl, pid: child.pid!, stop };
}

export type Reader = { id: string; email: string; name: string; cookie: string };

/** Readers made straight in the database (one argon2 hash for all), then signed in over HTTP. */
export async function signedInReaders(app: App, n: number): Promise<Reader[]> {
  const passwordHash = await hash(password);
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  const readers: Omit<Reader, 'cookie'>[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const email = `reader${i}-${Date.now().toString(36)}@example.org`;
      const name = `Reader ${i}`;
      const { rows } = await client.query<{ id: string }>(
        'INSERT INTO "User" (id, email, name, "passwordHash") VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id::text',
        [email, name, passwordHash],
      );
      readers.push({ id: rows[0]!.id, email, name });
    }
  } finally {
    await client.end();
  }
  // One at a time: argon2 verification is CPU-heavy, and the machine has two cores.
  const signedIn: Reader[] = [];
  for (const reader of readers) signedIn.push({ ...reader, cookie: await signIn(app.baseUrl, reader.email) });
  return signedIn;
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!);

/** next-auth's credentials sign-in, as the sign-in form posts it; returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${email} gave no session cookie (status ${response.status})`);
  return session;
}
