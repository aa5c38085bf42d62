// The app under test, started as `npm start` starts it (scripts/start.ts) from the end-to-end
// tests' production build (.next-e2e, built here only when the sources changed since), in a
// process group of its own so that it can be killed whole, launcher and Next.js alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';

export type App = {
  origin: string;
  process: ChildProcess;
  /** Resolves once GET /api/health answers 200. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the whole group (the launcher holding PGlite, and Next.js). */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

type Options = { port: number; log: string; databaseUrl?: string; dataDir?: string; build: boolean };

// Every app started and not yet stopped, so that a failure or Ctrl-C anywhere can end them all.
const running = new Set<App>();

/** Stops every app this suite started that is still running. */
export async function stopAllApps(): Promise<void> {
  await Promise.all([...running].map((app) => app.stop()));
}

/** The last lines of a log, for a failure's message: CI keeps the output, not the log files. */
function logTail(log: string, lines = 15): string {
  const text = (() => {
    try {
      return readFileSync(log, 'utf8');
    } catch {
      return '';
    }
  })();
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function startApp({ port, log, databaseUrl, dataDir, build }: Options): App {
  const origin = `http://127.0.0.1:${port}`;
  const args = ['--import', 'tsx', 'scripts/start.ts', '--port', String(port), ...(build ? [] : ['--no-build'])];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ACCORD_DIST_DIR: process.env.ACCORD_DIST_DIR ?? '.next-e2e',
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: faultsSecret,
    ACCORD_WORKERS: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (dataDir) env.ACCORD_DATA_DIR = dataDir;
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const write = (chunk: Buffer) => appendFileSync(log, chunk);
  child.stdout!.on('data', write);
  child.stderr!.on('data', write);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const app: App = {
    origin,
    process: child,
    async ready(timeoutMs = 300_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before it was ready; its log ends:\n${logTail(log)}`);
        const status = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the app was not ready within ${timeoutMs} ms; see ${log}`);
    },
    async kill() {
      signalGroup('SIGKILL');
      await exited;
      running.delete(app);
    },
    async stop() {
      running.delete(app);
      if (child.exitCode !== null || child.signalCode !== null) return signalGroup('SIGKILL');
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      // Whatever the launcher left behind in its group.
      signalGroup('SIGKILL');
    },
  };
  running.add(app);
  return app;
}

/** The app's session secret, so that the suite can mint its writers' session cookies. */
export const faultsSecret = 'faults-secret-not-for-production-0123456789';
