// Starts Accord: checks content/, builds if the sources changed since the last build, opens the
// database (embedded PGlite unless DATABASE_URL is set), applies migrations and syncs content when
// they are behind, then serves the build (lib/server/serve-command.ts) or runs the development server,
// listening on HOST (default 127.0.0.1: only this machine, or a proxy on it, can reach the app).
//   tsx scripts/start.ts [--dev] [--no-build | --rebuild] [--port 3000]
// Only what every start needs is imported up front: the content parsers, the schema engine and the
// Prisma client load only when there is something for them to do (lib/content/content-summary.ts,
// lib/db/prepare-database.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildStamp, changedInputs, clearBuildStamp, hashBuildInputs, readBuildStamp, stampAfterBuild, writeBuildStamp } from '@/lib/build/build-stamp';
import { contentFingerprint, rememberedSummary, rememberSummary, summarise, type ContentSummary } from '@/lib/content/content-summary';
import { ContentError, type DocumentContent } from '@/lib/content/types';
import { demoUser } from '@/lib/db/demo-user';
import { DataDirectoryInUseError, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';
import { prepareDatabase, type ContentToSync } from '@/lib/db/prepare-database';
import { parseEnv } from '@/lib/env';
import { trustedProxies } from '@/lib/server/client-address.mjs';
import { serveCommand } from '@/lib/server/serve-command';
import { workerCount } from '@/lib/server/workers.mjs';

const { values: args } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});
const port = args.port ?? process.env.PORT ?? '3000';
const projectRoot = process.cwd();
const dataRoot = path.resolve(process.env.ACCORD_DATA_DIR ?? '.data');
// The same rule as next.config.js.
const distDir = path.resolve(process.env.ACCORD_DIST_DIR || '.next');
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

// How long each step took, printed in one line before Next.js starts.
const began = performance.now();
const steps: string[] = [];
async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  steps.push(`${label} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

// What a stop (Ctrl-C, SIGTERM, the app exiting, a failure) must end, in whichever step it comes:
// the child running now (next build, then the app) and the embedded database.
let child: ChildProcess | undefined;
let embedded: EmbeddedPostgres | undefined;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await embedded?.stop().catch(() => {});
    process.exit(code);
  }
  return new Promise<never>(() => {});
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  child = spawn(command, argv, { stdio: 'inherit', env });
  return child;
}

function runToEnd(command: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    run(command, argv).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(argv[0] ?? command)} ${argv[1] ?? ''} exited with ${code}`)),
    );
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

/**
 * Checks content/ — parsing it, unless it and the code that parses it are what they were at the
 * last start that parsed them: that result is remembered (lib/content/content-summary.ts).
 */
/** `parsed`: content/ was parsed at this start (it or its parser changed). */
type CheckedContent = ContentToSync & { parsed: boolean };

async function checkContent(): Promise<CheckedContent> {
  const file = path.join(dataRoot, 'content-summary.json');
  const fingerprint = await contentFingerprint(projectRoot);
  const load = async (): Promise<DocumentContent[]> => (await import('@/lib/content/load')).loadAllDocuments();
  const remembered = await rememberedSummary(file, fingerprint);
  if (remembered) return { summary: remembered, load, parsed: false };
  const documents = await load();
  const summary: ContentSummary[] = summarise(documents);
  await rememberSummary(file, fingerprint, summary);
  return { summary, load: async () => documents, parsed: true };
}

/** Runs `next build` unless the build in distDir was made from the sources as they are now. */
async function buildIfChanged(content: CheckedContent): Promise<void> {
  // The Korean and Japanese subset fonts follow content/, and app/fonts/subset is a build input:
  // cut them again (it writes only what changed) whenever content/ was parsed anew.
  // Only from the project's own content/: a content folder set elsewhere (ACCORD_CONTENT_DIR, the
  // end-to-end server's) must not rewrite the committed subsets; its other characters come from the full fonts.
  if (content.parsed && !process.env.ACCORD_CONTENT_DIR) {
    const fonts = await import('@/lib/fonts/build-subsets');
    const written = await fonts.buildFontSubsets(await content.load(), await fonts.readInterfaceText(), await fonts.readInterfaceMessages());
    if (written.length) console.log(`fonts: subset ${written.join(', ')}`);
  }
  // The dist and data dirs may sit inside the project under any name: never hash them.
  const skip = [distDir, dataRoot];
  const before = await hashBuildInputs(projectRoot, skip);
  const built = await readBuildStamp(distDir);
  if (!args.rebuild && built?.stamp === buildStamp(before)) {
    console.log(`build: up to date in ${path.relative(projectRoot, distDir)} (npm start -- --rebuild to build anyway)`);
    return;
  }
  const changed = built ? changedInputs(built.inputs, before) : [];
  const named = changed.length
    ? `: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}`
    : ': the Node.js version or a NEXT_PUBLIC_ variable';
  console.log(args.rebuild ? 'build: rebuilding, as asked' : built ? `build: changed since the last build${named}` : 'build: no build of these sources yet');
  await clearBuildStamp(distDir);
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  await runToEnd(process.execPath, [nextBin, 'build']);
  const after = await hashBuildInputs(projectRoot, skip);
  const stamp = stampAfterBuild(before, after);
  if (stamp) await writeBuildStamp(distDir, stamp, after);
  else console.warn('build: sources changed while it ran, so the next start builds again');
}

async function main() {
  const content = await step('content', checkContent);
  console.log(`content: ${content.summary.length} documents, ${content.summary.reduce((n, d) => n + d.segments.length, 0)} segments`);

  if (!args.dev && !args['no-build']) await step('build', () => buildIfChanged(content));

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await step('database', () => startEmbeddedPostgres({ dataDir: path.join(dataRoot, 'pglite') }));
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
  trustedProxies(process.env.TRUSTED_PROXIES);
  const workers = args.dev ? 1 : workerCount({ embedded: Boolean(embedded), requested: process.env.ACCORD_WORKERS });

  const prepared = await prepareDatabase(databaseUrl, content, { demoUser: Boolean(embedded) });
  for (const [label, seconds] of Object.entries(prepared.timings)) steps.push(`${label} ${seconds.toFixed(2)} s`);
  console.log(prepared.applied.length ? `migrations applied: ${prepared.applied.join(', ')}` : 'migrations: up to date');
  console.log(prepared.synced ? 'content: synced to the database' : 'content: already in the database');
  if (embedded) console.log(`demo account${prepared.demoUserCreated ? ' created' : ''}: ${demoUser.email} / ${demoUser.password}`);
  // CPU time beside wall time: on a busy machine the first says what the start itself costs.
  const cpu = process.cpuUsage();
  console.log(
    `start: ${steps.join(', ')}; Next.js starting at ${((performance.now() - began) / 1000).toFixed(2)} s in ${workers} process${workers === 1 ? '' : 'es'} (launcher CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`,
  );

  // scripts/serve.mjs, in ACCORD_WORKERS processes on a database server (lib/server/serve-command.ts),
  // on HOST (127.0.0.1 unless set). The development server is Next's own: it knows no client
  // address, so every request there shares one address's limits (lib/auth/rate-limit.ts).
  const app = args.dev
    ? run(process.execPath, [nextBin, 'dev', '--port', port, '--hostname', process.env.HOST || '127.0.0.1'], appEnv)
    : run(process.execPath, serveCommand({ projectRoot, port, workers }), appEnv);
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
  void stop(1);
});
