// Reading annotations as the reader page and its panel do: the page's first load (up to 1,000 in
// text order, with counts), a page of 100 deep into the list, a free-text filter, and opening one
// annotation. Run twice, in child processes of their own: with the pg driver adapter as the app
// configures it, and with prepared statements cached by name (`statementNameGenerator`), which the
// adapter leaves off by default. Prints median and 95th percentile per read, and peak RSS.
//   npx tsx bench/annotations-list.ts [--annotations 20000] [--rounds 30] [--keep]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { createBenchDatabase, seed, slug } from './seed';

const { values: args } = parseArgs({
  options: {
    annotations: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
    viewer: { type: 'string' },
  },
});
const variants = ['default', 'statement-cache'] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(rounds: number, read: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await read(); // warm-up: module loading, first connection, plan cache
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const began = performance.now();
    await read();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function measure(variant: (typeof variants)[number], viewerId: string) {
  if (variant === 'statement-cache') {
    // lib/db/client.ts keeps its client on globalThis: put ours there before anything asks for one.
    const { PrismaClient } = await import('@/lib/generated/prisma/client');
    const adapter = new PrismaPg(
      { connectionString: process.env.DATABASE_URL, max: 4 },
      { statementNameGenerator: (query) => `s${createHash('sha1').update(query.sql).digest('hex').slice(0, 20)}` },
    );
    (globalThis as { accordPrisma?: unknown }).accordPrisma = new PrismaClient({ adapter });
  }
  const { getAnnotation, listAnnotations } = await import('@/lib/db/annotations');
  const viewer = { id: viewerId };
  const rounds = Number(args.rounds);
  const list = (query: Record<string, unknown>) => listAnnotations(slug, viewer, { scope: 'visible', limit: 100, offset: 0, ...query });
  const first = await list({ limit: 1 });
  const someId = first.items[0]!.id;
  const results = {
    'page load (1,000 + counts)': await timed(rounds, () => list({ limit: 1000 })),
    'panel page 100 at offset 10,000': await timed(rounds, () => list({ offset: 10_000 })),
    'free-text filter "Both sides"': await timed(rounds, () => list({ q: 'Both sides' })),
    'open one annotation': await timed(rounds * 5, () => getAnnotation(someId, viewer)),
  };
  console.log(JSON.stringify({ variant, results, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

function child(
  variant: string,
  url: string,
  viewer: string,
): Promise<{ variant: string; results: Record<string, { p50: number; p95: number }>; peakRssMiB: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=react-server', 'bench/annotations-list.ts', '--child', variant, '--viewer', viewer, '--rounds', args.rounds!],
      {
        env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '4', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    proc.stdout.on('data', (data: Buffer) => (out += data));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`${variant} exited with ${code}`))));
  });
}

async function main() {
  const count = Number(args.annotations);
  const database = await createBenchDatabase(args.keep);
  try {
    const viewer = await seed(database.url, count);
    console.log(`seeded ${count.toLocaleString('en')} annotations (database ${database.name}); ${args.rounds} rounds each`);
    console.log(`${'read'.padEnd(34)} ${'variant'.padEnd(16)} ${'p50 (ms)'.padStart(9)} ${'p95 (ms)'.padStart(9)}`);
    for (const variant of variants) {
      const r = await child(variant, database.url, viewer);
      for (const [read, { p50, p95 }] of Object.entries(r.results)) {
        console.log(`${read.padEnd(34)} ${variant.padEnd(16)} ${p50.toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(9)}`);
      }
      console.log(`${'peak RSS'.padEnd(34)} ${variant.padEnd(16)} ${`${r.peakRssMiB.toFixed(0)} MiB`.padStart(19)}`);
    }
  } finally {
    await database.drop();
  }
}

if (args.child) await measure(args.child as (typeof variants)[number], args.viewer!);
else await main();
