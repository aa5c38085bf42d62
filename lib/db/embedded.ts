// Embedded PostgreSQL (PGlite) served over the Postgres wire protocol on loopback, so that the
// app talks to it through the same pg driver adapter as to a real server: one code path.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { connectionString: string; stop(): Promise<void> };

export class DataDirectoryInUseError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Directories this process holds open: a lock file naming our own pid is only stale if we do not.
const openHere = new Set<string>();

// PGlite has no lock of its own and two openers corrupt the data directory, so we keep one.
// A lock left by a process that no longer runs (a hard kill) is taken over.
async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  if (openHere.has(lockPath)) {
    throw new DataDirectoryInUseError(`The embedded database in ${dataDir} is already open in this process.`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      openHere.add(lockPath);
      return async () => {
        openHere.delete(lockPath);
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new DataDirectoryInUseError(
          `The embedded database in ${dataDir} is already open in process ${holder}. Stop that process first (only one may open it at a time), or set DATABASE_URL to use a PostgreSQL server.`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new DataDirectoryInUseError(`Could not lock ${lockPath}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Opens PGlite on `dataDir` (or in memory when null) and serves it on a loopback port. */
export async function startEmbeddedPostgres(options: { dataDir: string | null; port?: number }): Promise<EmbeddedPostgres> {
  let unlock = async () => {};
  if (options.dataDir) {
    await mkdir(path.dirname(options.dataDir), { recursive: true });
    unlock = await lockDataDirectory(options.dataDir);
  }
  try {
    const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await pglite.waitReady;
    const port = options.port ?? (await freePort());
    // PGlite is single-session: clients connected at once would have their transactions
    // interleaved. Every user of this server (migrations, then the app) keeps to one connection
    // at a time; the server accepts a few so that a reconnect is not refused while the old
    // socket is still being torn down.
    const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port, maxConnections: 4 });
    await server.start();
    return {
      connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await pglite.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
