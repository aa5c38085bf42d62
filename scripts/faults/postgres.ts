// A private PostgreSQL instance for the fault suite: its own data folder in a temporary directory
// and its own port, so that it can be restarted and killed without touching any other server.
// PostgreSQL refuses to run as root: when the suite is root, the instance belongs to `nobody`.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${root}/*/bin (install postgresql)`);
  return path.join(root, newest, 'bin');
}

export type Instance = {
  port: number;
  url: (database?: string) => string;
  /** `pg_ctl restart -m fast`: connections end with 57P01, then 57P03 while it starts. */
  restartFast(): Promise<void>;
  /** SIGKILL to the postmaster; resolves once its backends have gone too. */
  kill(): Promise<void>;
  /** Starts it again (after a kill, crash recovery runs first). */
  start(): Promise<void>;
  /** Ends every other backend of `database` (pg_terminate_backend); returns how many. */
  terminateBackends(database: string): Promise<number>;
  /** Resolves when a new connection gets an answer; returns the time it did. */
  waitUntilAccepting(timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
};

export async function startInstance(port: number): Promise<Instance> {
  const bin = binDir();
  const root = mkdtempSync(path.join(tmpdir(), 'accord-faults-pg-'));
  const dataDir = path.join(root, 'data');
  const log = path.join(root, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const nobody = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'nobody']).toString().trim());
    chownSync(root, nobody, group);
  }
  const as = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'nobody', '--', path.join(bin, command), ...args]) : run(path.join(bin, command), args);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const pgCtl = (...args: string[]) => as('pg_ctl', ['-D', dataDir, '-l', log, '-o', options, ...args]);

  await as('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  await pgCtl('-w', '-t', '30', 'start');

  const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const children = (pid: number) =>
    execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)])
      .toString()
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);

  const instance: Instance = {
    port,
    url,
    async restartFast() {
      await pgCtl('-w', '-t', '60', '-m', 'fast', 'restart');
    },
    async kill() {
      const pid = postmasterPid();
      const backends = children(pid);
      process.kill(pid, 'SIGKILL');
      // Backends notice their postmaster is gone and exit; a start before then finds the shared
      // memory still in use and refuses.
      const deadline = Date.now() + 20_000;
      while ([pid, ...backends].some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    },
    async start() {
      await pgCtl('-w', '-t', '60', 'start');
    },
    async terminateBackends(database) {
      const client = new pg.Client({ connectionString: url() });
      client.on('error', () => {});
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
          database,
        ]);
        return rowCount ?? 0;
      } finally {
        await client.end();
      }
    },
    async waitUntilAccepting(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1_000 });
        client.on('error', () => {});
        try {
          await client.connect();
          await client.query('SELECT 1');
          return performance.now();
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within ${timeoutMs} ms`, { cause: error });
        } finally {
          await client.end().catch(() => {});
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
  return instance;
}
