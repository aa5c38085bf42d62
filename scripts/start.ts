// Starts Accord: checks content/, builds, opens the database (embedded PGlite unless
// DATABASE_URL is set), applies migrations, syncs content, then runs Next.js.
//   tsx scripts/start.ts [--dev] [--no-build] [--port 3000]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, loadAllDocuments } from '@/lib/content';
import { createPrismaClient } from '@/lib/db/create-client';
import { demoUser, ensureDemoUser } from '@/lib/db/demo-user';
import { DataDirectoryInUseError, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/schema-engine';
import { syncContent } from '@/lib/db/sync-content';
import { parseEnv } from '@/lib/env';

const { values: args } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, port: { type: 'string' } },
});
const port = args.port ?? process.env.PORT ?? '3000';
const dataRoot = path.resolve(process.env.ACCORD_DATA_DIR ?? '.data');
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, argv, { stdio: 'inherit', env });
}

function runToEnd(command: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    run(command, argv).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(argv[0] ?? command)} ${argv[1] ?? ''} exited with ${code}`))));
  });
}

async function sessionSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Kept beside the embedded data so that sessions survive restarts of a local install.
  const file = path.join(dataRoot, 'session-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataRoot, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const documents = await loadAllDocuments();
  console.log(`content: ${documents.length} documents, ${documents.reduce((n, d) => n + d.segments.length, 0)} segments`);

  if (!args.dev && !args['no-build']) {
    process.env.NEXT_TELEMETRY_DISABLED = '1';
    // The Korean and Japanese subset fonts follow content/; loaded here only when a build runs.
    const fonts = await import('@/lib/fonts/build-subsets');
    const written = await fonts.buildFontSubsets(documents, await fonts.readInterfaceText());
    if (written.length) console.log(`fonts: subset ${written.join(', ')}`);
    await runToEnd(process.execPath, [nextBin, 'build']);
  }

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, 'pglite') });
    databaseUrl = embedded.connectionString;
    console.log(`database: embedded PostgreSQL (PGlite) in ${path.join(dataRoot, 'pglite')}`);
  } else {
    console.log(`database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
  }
  const poolMax = embedded ? '1' : (process.env.DATABASE_POOL_MAX ?? '10');
  const appEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: poolMax,
    ACCORD_EMBEDDED: embedded ? '1' : '0',
    NEXTAUTH_SECRET: await sessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // Telemetry would only try to reach the internet.
    NEXT_TELEMETRY_DISABLED: '1',
  };
  parseEnv(appEnv);

  const applied = await applyMigrations(databaseUrl);
  console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'migrations: up to date');
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    await syncContent(prisma, documents);
    if (embedded) {
      const created = await ensureDemoUser(prisma);
      console.log(`demo account${created ? ' created' : ''}: ${demoUser.email} / ${demoUser.password}`);
    }
  } finally {
    await prisma.$disconnect();
  }

  const app = run(process.execPath, [nextBin, args.dev ? 'dev' : 'start', '--port', port], appEnv);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((resolve) => app.once('exit', resolve));
    }
    await embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  app.on('exit', (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  // Content and environment problems are the user's to fix: one clear line, no stack trace.
  if (error instanceof ContentError || (error instanceof Error && error.message.startsWith('Invalid environment'))) {
    console.error(error.message);
  } else if (error instanceof DataDirectoryInUseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
