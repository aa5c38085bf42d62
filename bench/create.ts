// Creating plain highlights, two ways, each beside plain `pg` writing the same two rows in one
// transaction (bench/lib/pg-create.ts), 32 at a time:
// - over HTTP: the production build (bench/lib/app-server.ts) on a fresh database, 32 signed-in
//   readers, one keep-alive connection each, POSTing /api/documents/<slug>/annotations;
// - through the data layer: createAnnotation (lib/db/annotations.ts) called by 32 async callers in
//   one process with the app's pool (DATABASE_POOL_MAX, 10 by default), in a child process run with
//   `--conditions=react-server` so that `server-only` resolves to its empty module. The child also
//   counts the statements each create sends, through a hook on pg's Client#query.
// The app is served as `npm start` serves it (lib/server/serve-command.ts): by `next start`, or by
// ACCORD_WORKERS cluster processes when that is above 1. Beside it, the floor: a bare Next.js
// route handler (bench/lib/floor-app.ts, POST /api/echo: a small JSON body in, a small JSON object
// out, no database) under the same 32 clients, which is what Next's own request pipeline allows on
// this machine, served the same way.
// Each server's CPU time per request (its process tree, from /proc) is printed too: it moves far
// less with other work on the machine than requests per second do.
// Every load is measured after the same warm-up, half the run and at most 5 s, whose own rate is
// printed beside it: a server's first few thousand requests run before V8 has optimised Next's
// request pipeline, and cost it about 1.5× the CPU of the ones after (bench/RESULTS.md, ninth
// round); a 1 s warm-up measured mostly those.
//   npx tsx bench/create.ts [--seconds 10] [--quick]
import { spawn } from 'node:child_process';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { contentDatabase, ensureBuild, signedInReaders, startApp } from './lib/app-server';
import { treeCpuMs } from './lib/cpu';
import { floorEchoPath, startFloor } from './lib/floor-app';
import { onInterrupt } from './lib/interrupt';
import { runLoad, type LoadResult } from './lib/load';
import { pgCreate } from './lib/pg-create';
import { workerCount } from '@/lib/server/workers.mjs';
import { count, ms, quick, target } from './lib/report';
import { highlightBodies, slug } from './lib/spans';
import type { Counted } from './lib/statement-count';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string' },
    port: { type: 'string', default: '3510' },
    quick: { type: 'boolean', default: false },
    child: { type: 'string' },
    url: { type: 'string' },
    authors: { type: 'string' },
  },
});
const seconds = Number(args.seconds ?? (quick ? 3 : 10));
const warmupSeconds = Math.min(5, Math.max(1, seconds / 2));
const clients = 32;
const processes = workerCount({ embedded: false, requested: process.env.ACCORD_WORKERS });

async function baseline(url: string, authors: string[]): Promise<LoadResult> {
  const bodies = await highlightBodies(500);
  const pg = await pgCreate(url, clients);
  try {
    return await runLoad(clients, seconds, (w, i) => pg.create(authors[w % authors.length]!, bodies[i % bodies.length]!), warmupSeconds);
  } finally {
    await pg.end();
  }
}

/** POSTs JSON (a create, with the reader's cookie) on a kept-alive connection; resolves on 201. */
function post(agent: http.Agent, url: string, cookie: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', origin: new URL(url).origin, cookie, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (response.statusCode === 201 ? resolve() : reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`))));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function line(name: string, r: LoadResult, base: LoadResult, share: number, p99Limit?: number) {
  const fraction = r.perSecond / base.perSecond;
  const p99 = p99Limit === undefined ? '' : `, p99 ${ms(r.p99)}`;
  const ok = fraction >= share && (p99Limit === undefined || r.p99 < p99Limit) && r.failures === 0;
  const failed = r.failures ? `, ${r.failures} failed (${r.firstFailure})` : '';
  const goal = `≥ ${Math.round(share * 100)}%${p99Limit === undefined ? '' : `, p99 < ${p99Limit} ms`}`;
  target(name, `${count(r.perSecond)}/s = ${Math.round(fraction * 100)}% of plain pg (${count(base.perSecond)}/s)${p99}${failed}`, goal, ok);
}

function details(what: string, r: LoadResult) {
  const cpu = r.cpuMsPerOp === undefined ? '' : `  server CPU ${r.cpuMsPerOp.toFixed(2)} ms each`;
  const warm = `  (warm-up ${count(r.warmupPerSecond)}/s)`;
  console.log(
    `  ${what.padEnd(34)} ${count(r.done).padStart(7)} creates  ${count(r.perSecond).padStart(6)}/s  p50 ${ms(r.p50).padStart(7)}  p99 ${ms(r.p99).padStart(7)}${cpu}${warm}`,
  );
}

async function main() {
  await ensureBuild();
  const database = await contentDatabase();
  const drop = onInterrupt(() => database.drop());
  const bodies = (await highlightBodies(500)).map((body) => JSON.stringify(body));
  try {
    const app = await startApp(database.url, Number(args.port));
    let readers;
    let overHttp: LoadResult;
    try {
      readers = await signedInReaders(app, clients);
      console.log(
        `${clients} readers signed in; ${seconds} s per run after ${warmupSeconds} s of warm-up; the app in ${processes} process${processes === 1 ? ' (next start)' : 'es'}`,
      );
      const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
      const createUrl = `${app.baseUrl}/api/documents/${slug}/annotations`;
      // One request first, so that the route is compiled and connected before the clock starts.
      await post(agent, createUrl, readers[0]!.cookie, bodies[0]!);
      overHttp = await runLoad(
        clients,
        seconds,
        (w, i) => post(agent, createUrl, readers![w]!.cookie, bodies[i % bodies.length]!),
        warmupSeconds,
        () => treeCpuMs(app.pid),
      );
      agent.destroy();
    } finally {
      await app.stop();
    }
    const floor = await floorLoad(bodies);
    const floorServed = processes > 1 ? await floorLoad(bodies, processes) : undefined;
    const authors = readers.map((r) => r.id);
    const base1 = await baseline(database.url, authors);
    details('over HTTP', overHttp);
    details('bare Next.js route, next start', floor);
    if (floorServed) details(`bare Next.js route, ${processes} processes`, floorServed);
    details('plain pg (pool of 32)', base1);
    const best = floorServed ?? floor;
    console.log(
      `  the floor is ${Math.round((best.perSecond / base1.perSecond) * 100)}% of plain pg; over HTTP is ${Math.round((overHttp.perSecond / best.perSecond) * 100)}% of the floor`,
    );
    line(`create over HTTP, ${clients} clients`, overHttp, base1, 1 / 3, 50);

    const layer = await dataLayerChild(database.url, authors);
    const base2 = await baseline(database.url, authors);
    details('through the data layer', layer.load);
    details('plain pg (pool of 32)', base2);
    line(`create through the data layer, ${clients} callers`, layer.load, base2, 1 / 2);
    const { inside, outside, insideSql, outsideSql } = layer.statements;
    for (const sql of insideSql) console.log(`  inside:  ${sql}`);
    for (const sql of outsideSql) console.log(`  outside: ${sql}`);
    target(
      'statements per create',
      `${inside} inside the transaction, ${outside} outside`,
      '≤ 3 inside, 0 outside that a cache could answer',
      inside <= 3 && outside === 0,
    );
  } finally {
    await drop();
  }
}

/** The same bodies POSTed by 32 clients to the floor's bare route handler. */
async function floorLoad(bodies: string[], processes?: number): Promise<LoadResult> {
  const floor = await startFloor(slug, Number(args.port) + 1, processes);
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
    const url = new URL(floorEchoPath, floor.url).toString();
    await post(agent, url, '', bodies[0]!);
    const result = await runLoad(
      clients,
      seconds,
      (_, i) => post(agent, url, '', bodies[i % bodies.length]!),
      warmupSeconds,
      () => treeCpuMs(floor.pid),
    );
    agent.destroy();
    return result;
  } finally {
    await floor.stop();
  }
}

type ChildResult = { load: LoadResult; statements: { inside: number; outside: number; insideSql: string[]; outsideSql: string[] } };

function dataLayerChild(url: string, authors: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=react-server',
        'bench/create.ts',
        '--child',
        'data-layer',
        '--url',
        url,
        '--authors',
        authors.join(','),
        '--seconds',
        String(seconds),
      ],
      { env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (data: Buffer) => (out += data));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`the data-layer child exited with ${code}`)),
    );
  });
}

if (args.child === 'data-layer') {
  const { countStatements } = await import('./lib/statement-count');
  const counter = countStatements();
  const { createAnnotation } = await import('@/lib/db/annotations');
  const authors = args.authors!.split(',');
  const bodies = await highlightBodies(500);
  const create = (w: number, i: number) =>
    createAnnotation(slug, { id: authors[w % authors.length]!, name: 'Bench reader' }, bodies[i % bodies.length]!).then(() => {});
  await create(0, 0); // loads modules, connects, fills whatever the app caches
  // Statements of one create at a time, once the caches are warm: the figure is the largest seen.
  const seen: Counted[] = [];
  for (let i = 1; i <= 20; i++) seen.push(await counter.during(() => create(i % clients, i)));
  const most = (key: 'inside' | 'outside') => seen.reduce((a, b) => (b[key] > a[key] ? b : a));
  const statements = {
    inside: most('inside').inside,
    outside: most('outside').outside,
    insideSql: most('inside').insideSql,
    outsideSql: most('outside').outsideSql,
  };
  const load = await runLoad(clients, seconds, create, warmupSeconds);
  console.log(JSON.stringify({ load, statements }));
  process.exit(0);
} else {
  await main();
}
