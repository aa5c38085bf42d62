// Start benchmark: how long a second `npm start` with nothing changed takes to a healthy
// /api/health, beside `next start` alone on the same build and the same (already open) database.
// Both run on the embedded database in a temporary ACCORD_DATA_DIR and on a port of their own;
// a first `npm start` beforehand builds (if the sources changed) and prepares that database. The build
// is the project's own (.next, or ACCORD_DIST_DIR), as `npm start` uses it: the benchmark builds it if stale.
//   npx tsx bench/start.ts [--port 3310] [--rounds 3] [--rebuild]
// Prints the figures of each round (with the machine's load average: on a shared 2-core machine
// the wall times follow it), then one line: `start second npm start: … (target < 10 s; …) ok|MISS`,
// the medians of the rounds.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@/lib/db/embedded';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: '3310' }, rounds: { type: 'string', default: '3' }, rebuild: { type: 'boolean', default: false } },
});
const port = Number(args.port);
const targetSeconds = 10;
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

// Every process group started here, so that none outlives the benchmark, however it ends.
const groups = new Set<number>();
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function launch(command: string, argv: string[], env: NodeJS.ProcessEnv): { proc: ChildProcess; output: () => string } {
  // Its own process group (detached), so that npm, tsx, the launcher and next-server end together.
  const proc = spawn(command, argv, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(proc.pid!);
  let output = '';
  proc.stdout!.on('data', (data: Buffer) => (output += data));
  proc.stderr!.on('data', (data: Buffer) => (output += data));
  return { proc, output: () => output };
}

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the group (the launcher then closes the database), SIGKILL if it lingers. */
async function end(proc: ChildProcess): Promise<void> {
  const pid = proc.pid!;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {}
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive(pid)) process.kill(-pid, 'SIGKILL');
  groups.delete(pid);
}

/** Seconds from `since` until /api/health answers 200, or an error if the process exits first. */
async function untilHealthy(proc: ChildProcess, since: number, output: () => string, timeoutSeconds = 600): Promise<number> {
  while (performance.now() - since < timeoutSeconds * 1000) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`exited before it was healthy:\n${output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return (performance.now() - since) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not healthy after ${timeoutSeconds} s:\n${output()}`);
}

async function npmStart(env: NodeJS.ProcessEnv, extra: string[] = []): Promise<{ seconds: number; output: string }> {
  const began = performance.now();
  const { proc, output } = launch('npm', ['start', '--', '--port', String(port), ...extra], env);
  try {
    return { seconds: await untilHealthy(proc, began, output), output: output() };
  } finally {
    await end(proc);
  }
}

/** `next start` alone, on the database the launcher prepared, opened beforehand as the launcher would. */
async function nextStartAlone(env: NodeJS.ProcessEnv, dataDir: string): Promise<number> {
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite') });
  try {
    const appEnv = { ...env, DATABASE_URL: database.connectionString, DATABASE_POOL_MAX: '1', ACCORD_EMBEDDED: '1', NEXTAUTH_URL: `http://localhost:${port}` };
    const began = performance.now();
    const { proc, output } = launch(process.execPath, [nextBin, 'start', '--port', String(port)], appEnv);
    try {
      return await untilHealthy(proc, began, output);
    } finally {
      await end(proc);
    }
  } finally {
    await database.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'accord-bench-start-'));
  const env = {
    ...process.env,
    ACCORD_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: 'bench-start-secret-not-for-production-0123',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: '',
  };
  delete (env as NodeJS.ProcessEnv).DATABASE_URL;
  try {
    const first = await npmStart(env, args.rebuild ? ['--rebuild'] : []);
    const built = !first.output.includes('build: up to date');
    console.log(`first npm start: ${first.seconds.toFixed(1)} s to healthy (${built ? 'built' : 'build already current'}; database created in ${dataDir})`);
    const alone: number[] = [];
    const second: number[] = [];
    for (let round = 1; round <= Number(args.rounds); round++) {
      alone.push(await nextStartAlone(env, dataDir));
      const run = await npmStart(env);
      if (!run.output.includes('build: up to date')) throw new Error(`the second npm start built again:\n${run.output}`);
      second.push(run.seconds);
      const steps = /^start: (.*)$/m.exec(run.output)?.[1] ?? '';
      console.log(
        `round ${round}: next start alone ${alone.at(-1)!.toFixed(2)} s, npm start ${run.seconds.toFixed(2)} s, load average ${loadavg()[0]!.toFixed(1)} [${steps}]`,
      );
    }
    const seconds = median(second);
    console.log(
      `start second npm start: ${seconds.toFixed(1)} s (target < ${targetSeconds} s; next start alone ${median(alone).toFixed(1)} s) ${seconds < targetSeconds ? 'ok' : 'MISS'}`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
