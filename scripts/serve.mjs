// Serves a production build as `next start` does, in one process or in several, and is how every
// launcher serves it (lib/server/serve-command.ts): it alone sees the socket, so it decides the
// client's address for the app (lib/server/client-address.ts, TRUSTED_PROXIES). It listens on
// HOST, 127.0.0.1 unless told otherwise, so that a proxy in front is the only way in. One Node
// process is CPU-bound at a few milliseconds of Next.js per request, so a server with cores to
// spare serves more with one process per core. node:cluster forks the workers; each is a Next.js
// custom server (`next()` and its request handler, Next's documented way to serve from code)
// listening on the same port, whose connections the primary hands out in turn. With one worker
// nothing is forked. The build's own files (/_next/static) it serves itself, compressed once
// (lib/server/static-files.mjs); everything else goes to Next.js.
//   HOST=127.0.0.1 TRUSTED_PROXIES=… node scripts/serve.mjs --port 3000 [--dir .] [--workers 2]
// Plain JavaScript, run without a TypeScript loader: `node --import tsx` hooks every module Node
// loads, Next.js's thousands included, and took about 1.5× the CPU of `next start` to the first
// answer; this starts as fast as `next start`. The primary of several processes (which loads no
// Next.js) imports the TypeScript relay of sign-outs through tsx.
// --workers, else ACCORD_WORKERS, sets the number of processes (default 1; always 1 on the embedded database,
// ACCORD_EMBEDDED=1, which serves one connection). Each has its own pool of DATABASE_POOL_MAX
// connections.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markClientAddressesStamped, stampClientAddress, trustedProxies } from '../lib/server/client-address.mjs';
import { securityHeaders } from '../lib/server/security-headers.mjs';
import { precompressStatic, staticFiles, staticPrefix } from '../lib/server/static-files.mjs';
import { workerCount } from '../lib/server/workers.mjs';

const { values: args } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string', default: '.' }, workers: { type: 'string' } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const dir = path.resolve(args.dir);
const host = process.env.HOST || '127.0.0.1';
// Parsed before anything is forked, so that a bad setting stops the start with one line.
const trust = trustedProxies(process.env.TRUSTED_PROXIES);
// The build's files (lib/server/static-files.mjs), where next.config.js puts the build.
const staticDir = path.join(dir, process.env.ACCORD_DIST_DIR || '.next', 'static');

/** Compresses the build's files once (only the first start after a build has any to do). */
async function precompress() {
  const began = performance.now();
  const written = await precompressStatic(staticDir);
  if (written) console.log(`compressed the build's files (${written} copies) in ${Math.round(performance.now() - began)} ms`);
}

async function serve(log) {
  const began = performance.now();
  // As `next start` does, before Next.js loads.
  Object.assign(process.env, { NODE_ENV: 'production' });
  markClientAddressesStamped();
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  // The primary of several processes compressed them before forking this one.
  await Promise.all([app.prepare(), cluster.isPrimary ? precompress() : undefined]);
  const files = staticFiles(staticDir, securityHeaders);
  const server = createServer((request, response) => {
    stampClientAddress(request, trust);
    if (request.url?.startsWith(staticPrefix) && (request.method === 'GET' || request.method === 'HEAD')) {
      files(request, response, () => void handle(request, response));
      return;
    }
    void handle(request, response);
  });
  const stop = () => {
    // Next's close can wait on what is still open (a reader's live event stream): a stop must not hang
    // on it, and a second signal would end the process with no close at all.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Next.js catches uncaught exceptions and carries on, so a listen error left to the 'error' event
  // would leave this await unsettled and the process would end with code 13 and no clear word.
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  } catch (error) {
    const taken = error?.code === 'EADDRINUSE';
    console.error(
      taken
        ? `Port ${port} on ${host} is already in use: stop what is listening there, or start with --port.`
        : `Could not listen on ${host}:${port}: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
  if (log) console.log(`serving on http://${host}:${port}, ready in ${Math.round(performance.now() - began)} ms`);
}

async function primary(count) {
  const { tsImport } = await import('tsx/esm/api');
  const { relaySessionEnds, sessionCacheMs } = await tsImport('../lib/server/session-ends.ts', import.meta.url);
  relaySessionEnds(sessionCacheMs);
  await precompress();
  let stopping = false;
  let listening = 0;
  const fork = () =>
    cluster.fork().once('listening', () => (++listening === count ? console.log(`serving on http://${host}:${port} with ${count} processes`) : undefined));
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that never served is a broken build or setting: stop rather than fork forever.
    if (listening < count) {
      console.error(`an app process exited with ${signal ?? code} before serving; stopping`);
      void stop(1);
      return;
    }
    console.error(`an app process exited with ${signal ?? code}; starting another`);
    listening--;
    fork();
  });
  const stop = async (code) => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    const exited = running.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    for (const w of running) w.process.kill('SIGTERM');
    await Promise.all(exited);
    process.exit(code);
  };
  process.once('SIGTERM', () => void stop(0));
  process.once('SIGINT', () => void stop(0));
}

const count = cluster.isPrimary ? workerCount({ embedded: process.env.ACCORD_EMBEDDED === '1', requested: args.workers ?? process.env.ACCORD_WORKERS }) : 0;
if (cluster.isPrimary && count > 1) await primary(count);
else await serve(cluster.isPrimary);
