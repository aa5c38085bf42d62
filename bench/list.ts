// A page of 100 annotations among 100,000, with each of the panel's filters and a page deep into
// the list: listAnnotations (lib/db/annotations.ts) as the app calls it, p99 over the rounds, beside
// the page's own query (the one that picks the page's rows, as the app sends it, caught at pg's
// Client#query) run alone through plain pg; and EXPLAIN of that query: is it served by an index?
// The deep page uses the keyset cursor (`after` / `nextCursor`) when the list has one, else offset.
// The rounds repeat one request, as a reader paging through a filter's matches does; a filter's
// first request, printed as `first`, also counts its total where the maintained counts cannot tell
// it (free text, tag), and the rounds then find it kept (lib/db/matching-totals.ts).
//   npx tsx bench/list.ts [--annotations 100000] [--rounds 50] [--quick]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { onInterrupt } from './lib/interrupt';
import { explain } from './lib/plan';
import { ms, percentile, quick, target } from './lib/report';
import { createBenchDatabase, seed, slug } from './seed';

const { values: args } = parseArgs({
  options: {
    annotations: { type: 'string' },
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
    viewer: { type: 'string' },
  },
});
const annotations = Number(args.annotations ?? (quick ? 10_000 : 100_000));
const rounds = Number(args.rounds ?? (quick ? 10 : 50));
const deep = Math.min(10_000, Math.floor(annotations / 2));

const filters: [string, Record<string, unknown>][] = [
  ['none', {}],
  ['scope mine', { scope: 'mine' }],
  ['language', { language: 'ja' }],
  ['colour', { color: 'green' }],
  // A tag the seed gives (bench/seed.ts: lib/db/seed-text.ts's seedTags).
  ['tag', { tag: '拉致問題' }],
  ['free text q', { q: 'Both sides' }],
  // Two characters, the length of most Korean and Japanese words readers search; and a word in
  // most notes, where walking text order beats the search index.
  ['free text q, two Korean characters', { q: '일본' }],
  ['free text q, a common word', { q: 'the' }],
];

type Sent = { text: string; values: unknown[] };
type Measured = {
  filter: string;
  p99: number;
  p50: number;
  rounds: number;
  plain: { p99: number; p50: number; rounds: number };
  plan: Awaited<ReturnType<typeof explain>>;
  /** The filter's first request: where the maintained counts cannot tell the total, it is counted then and kept (lib/db/matching-totals.ts). */
  first: number;
  page: string;
};

// A filter whose rounds take longer than this in all has a mean far above the target, so its p99
// is too: it stops early (a MISS either way) so that a slow list cannot hold up the whole run.
const budgetMs = 10_000;

async function timeRounds(read: () => Promise<unknown>): Promise<{ p50: number; p99: number; rounds: number }> {
  await read();
  const times: number[] = [];
  const began = performance.now();
  for (let i = 0; i < rounds && (i < 5 || performance.now() - began < budgetMs); i++) {
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), rounds: times.length };
}

/** In the child: every filter, timed through the data layer and as its plain page query. */
async function measure(viewerId: string) {
  let sent: Sent[] | undefined;
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...a: unknown[]) {
    const first = a[0] as string | { text: string; values?: unknown[] };
    if (sent) sent.push(typeof first === 'string' ? { text: first, values: (a[1] as unknown[]) ?? [] } : { text: first.text, values: first.values ?? [] });
    return original.apply(this, a);
  } as typeof pg.Client.prototype.query;

  const { listAnnotations } = await import('@/lib/db/annotations');
  const { annotationListQuerySchema } = await import('@/lib/validations/annotation');
  const viewer = { id: viewerId };
  const keyset = 'after' in annotationListQuerySchema.shape;
  const list = (query: Record<string, unknown>) => listAnnotations(slug, viewer, annotationListQuerySchema.parse({ limit: 100, ...query }));

  const cases = [...filters];
  if (keyset) {
    // Walk to the deep page the way a reader scrolling the panel would, 500 at a time.
    let cursor: unknown;
    for (let at = 0; at < deep; at += 500) {
      const page = (await list({ limit: 500, ...(cursor ? { after: cursor } : {}) })) as { nextCursor?: unknown };
      cursor = page.nextCursor;
    }
    cases.push([`deep page (after ${deep.toLocaleString('en')}, keyset)`, { after: cursor }]);
  } else {
    cases.push([`deep page (offset ${deep.toLocaleString('en')})`, { offset: deep }]);
  }

  const plainClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await plainClient.connect();
  for (const [filter, query] of cases) {
    sent = [];
    const firstStart = performance.now();
    const result = await list(query);
    const first = performance.now() - firstStart;
    const caught = sent;
    sent = undefined;
    const pageQuery = caught.find((s) => /"Annotation"/.test(s.text) && /\bORDER BY\b/i.test(s.text) && /\bLIMIT\b/i.test(s.text));
    if (!pageQuery) throw new Error(`no page query among the ${caught.length} statements of filter ${filter}`);
    const timed = await timeRounds(() => list(query));
    const plain = await timeRounds(() => plainClient.query(pageQuery.text, pageQuery.values));
    const plan = await explain(plainClient, pageQuery.text, pageQuery.values);
    // One line per filter as soon as it is measured: a slow list shows progress.
    console.log(
      JSON.stringify({ filter, ...timed, first, plain, plan, page: `${result.items.length} of ${result.total.toLocaleString('en')}` } satisfies Measured),
    );
  }
  await plainClient.end();
  process.exit(0);
}

/** Runs the measuring child, handing each filter's figures to `each` as they come. */
function child(url: string, viewer: string, each: (measured: Measured) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=react-server',
        'bench/list.ts',
        '--child',
        '--viewer',
        viewer,
        '--annotations',
        String(annotations),
        '--rounds',
        String(rounds),
      ],
      {
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let rest = '';
    proc.stdout.on('data', (data: Buffer) => {
      const lines = (rest + data.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line.startsWith('{')) each(JSON.parse(line) as Measured);
    });
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the list child exited with ${code}`))));
  });
}

async function main() {
  const database = await createBenchDatabase();
  const drop = onInterrupt(() => database.drop());
  try {
    const began = performance.now();
    const viewer = await seed(database.url, annotations);
    const size = annotations >= 1000 ? `${Math.round(annotations / 1000)}k` : String(annotations);
    console.log(
      `seeded ${annotations.toLocaleString('en')} annotations in ${((performance.now() - began) / 1000).toFixed(1)} s (database ${database.name}); ${rounds} rounds per filter`,
    );
    await child(database.url, viewer, (r) => {
      const plan = r.plan.byIndex ? `by index (${r.plan.indexes.join(', ') || 'no scan of annotations'})` : r.plan.problems.join(', ');
      console.log(
        `  ${r.filter.padEnd(30)} page ${r.page.padEnd(16)} first ${ms(r.first).padStart(7)}  p50 ${ms(r.p50).padStart(7)}  plain query p50 ${ms(r.plain.p50).padStart(7)}  plan: ${plan}`,
      );
      target(
        `list 100 of ${size}, filter ${r.filter}`,
        `p99 ${ms(r.p99)}${r.rounds < rounds ? ` over ${r.rounds} rounds (stopped at ${budgetMs / 1000} s)` : ''}, plan ${r.plan.byIndex ? 'by index' : r.plan.problems.join(' + ')}`,
        `< 50 ms, served by an index; plain query p99 ${ms(r.plain.p99)}`,
        r.p99 < 50 && r.plan.byIndex && r.rounds >= rounds,
      );
    });
  } finally {
    await drop();
  }
}

if (args.child) await measure(args.viewer!);
else await main();
