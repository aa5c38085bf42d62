// Export benchmark (issue 10: "export of 100,000, every format: < 10 s, peak RSS < 300 MB, flat
// from 10,000 to 100,000"). Seeds two fresh databases on the PostgreSQL server (bench/seed.ts),
// one with 10,000 annotations and one with 100,000, then exports every format from each through
// the code the export route runs (iterateAnnotations → the format's exporter → toByteStream) into
// /dev/null, each export in a process of its own so that its peak RSS is its own. That process runs
// as the app's server does: bench/export-child.ts is bundled with esbuild (our TypeScript compiled
// into one file, packages resolved by Node) and run by plain `node --conditions=react-server`, with
// no TypeScript loader in it (tsx's would add about 34 MB of RSS that `next start` never has), and
// with the Node.js options lib/server/node-options.ts names for the server (printed first; the
// launcher serves with the same ones, lib/server/serve-command.ts). Beside each
// database, in the same run, the baseline: psql's \copy of the same rows (the annotations the
// viewer may read, their targets and their replies) to /dev/null.
//
// Prints a table, then one line per format at the large size, read by `npm run bench`:
//   export markdown 100k: 6.1 s, peak RSS 210 MB, RSS ratio 100k/10k 1.02 (target < 10 s, < 300 MB, flat) ok
// Time is wall-clock from the first query to the last byte; peak RSS is the child's
// process.resourceUsage().maxRSS in MB (10^6 bytes); "flat" means the peak at 100,000 is at most
// 10 % above the peak at 10,000 (ten times the rows, memory that does not grow with them). Each
// export runs --runs times (3), each in a fresh process, and every figure is the median of its runs:
// one process's peak RSS moves by 10–15 MB from run to run, as much as the flatness being judged.
//   npx tsx bench/export.ts [--annotations 100000] [--runs 3] [--keep] [--cpu-prof-dir /tmp/prof]
// The server is TEST_DATABASE_URL's (default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serverNodeOptions } from '@/lib/server/node-options';
import type { Measured } from './export-child';
import { createBenchDatabase, seed, slug } from './seed';

export const exportFormatsToMeasure = ['markdown', 'jsonld', 'csv'] as const;
type Format = (typeof exportFormatsToMeasure)[number];

const targets = { seconds: 10, peakRssMB: 300, flatRatio: 1.1 };
const thisFile = fileURLToPath(import.meta.url);
const MB = (bytes: number) => bytes / 1e6;

/** The child, bundled: our code compiled into one file, packages left to Node as the app's server leaves them. */
async function bundleChild(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(path.dirname(thisFile), 'out', 'export-child.mjs');
  await build({
    entryPoints: [path.join(path.dirname(thisFile), 'export-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    conditions: ['react-server'],
    logLevel: 'warning',
  });
  return outfile;
}

function child(bundle: string, format: Format, url: string, viewer: string, nodeOptions: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...serverNodeOptions, ...nodeOptions, '--conditions=react-server', bundle, format, slug, viewer], {
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '4', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (data: Buffer) => (out += data));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`${format} export exited with ${code}`))));
  });
}

/** The baseline: the same rows as text through COPY … TO STDOUT (psql's \copy), to /dev/null. */
function copyBaseline(url: string, viewer: string): Promise<number> {
  const readable = `a."documentId" = (SELECT id FROM "Document" WHERE slug = '${slug}') AND (a.visibility = 'SHARED' OR a."authorId" = '${viewer}')`;
  const queries = [
    `SELECT a.* FROM "Annotation" a WHERE ${readable}`,
    `SELECT t.* FROM "AnnotationTarget" t JOIN "Annotation" a ON a.id = t."annotationId" WHERE ${readable}`,
    `SELECT r.* FROM "Reply" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE ${readable}`,
  ];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const proc = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, ...queries.flatMap((q) => ['-c', `\\copy (${q}) TO STDOUT`])], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve((performance.now() - began) / 1000) : reject(new Error(`psql \\copy exited with ${code}`))));
  });
}

const label = (count: number) => (count % 1000 === 0 ? `${count / 1000}k` : String(count));

export type ExportBenchOptions = {
  /** The large size; the small one is a tenth of it. */
  annotations?: number;
  keep?: boolean;
  formats?: readonly Format[];
  /** Extra node flags for the export processes, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeOptions?: string[];
  /** Runs of each export, whose medians are reported. */
  runs?: number;
};

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median of each figure over the runs (they are read apart, so a run's figures may mix). */
function medianRun(runs: Measured[]): Measured {
  const pick = (key: 'seconds' | 'cpuSeconds' | 'bytes' | 'peakRssMB' | 'startRssMB') => medianOf(runs.map((r) => r[key]));
  return {
    ...runs[0]!,
    seconds: pick('seconds'),
    cpuSeconds: pick('cpuSeconds'),
    bytes: pick('bytes'),
    peakRssMB: pick('peakRssMB'),
    startRssMB: pick('startRssMB'),
  };
}

/** Runs the benchmark, prints the table and the target lines, and returns the target lines. */
export async function runExportBench({
  annotations = 100_000,
  keep = false,
  formats = exportFormatsToMeasure,
  nodeOptions = [],
  runs = 3,
}: ExportBenchOptions = {}): Promise<string[]> {
  const sizes = [Math.round(annotations / 10), annotations];
  const bundle = await bundleChild();
  console.log(
    `export processes: node ${[...serverNodeOptions, ...nodeOptions, '--conditions=react-server'].join(' ')} (bundled ${path.relative(process.cwd(), bundle)}), medians of ${runs} runs`,
  );
  const results = new Map<number, { copySeconds: number; byFormat: Map<Format, Measured> }>();
  for (const count of sizes) {
    const database = await createBenchDatabase(keep);
    try {
      const began = performance.now();
      const viewer = await seed(database.url, count);
      console.log(`seeded ${count.toLocaleString('en')} annotations in ${((performance.now() - began) / 1000).toFixed(1)} s (database ${database.name})`);
      const copySeconds = await copyBaseline(database.url, viewer);
      const byFormat = new Map<Format, Measured>();
      for (const format of formats) {
        const measured: Measured[] = [];
        for (let run = 0; run < runs; run++) measured.push(await child(bundle, format, database.url, viewer, nodeOptions));
        byFormat.set(format, medianRun(measured));
      }
      results.set(count, { copySeconds, byFormat });
    } finally {
      await database.drop();
    }
  }

  // CPU is this process's own (not PostgreSQL's): less at the mercy of a shared machine than time.
  console.log('\nsize   format     time (s)   × \\copy   CPU (s)   output (MB)   peak RSS (MB)   RSS before export (MB)');
  for (const [count, { copySeconds, byFormat }] of results) {
    console.log(`${label(count).padEnd(6)} \\copy      ${copySeconds.toFixed(2).padStart(8)}`);
    for (const r of byFormat.values()) {
      const cells = [
        label(count).padEnd(6),
        r.format.padEnd(9),
        r.seconds.toFixed(2).padStart(9),
        (r.seconds / copySeconds).toFixed(1).padStart(9),
        r.cpuSeconds.toFixed(2).padStart(9),
        MB(r.bytes).toFixed(1).padStart(13),
        r.peakRssMB.toFixed(0).padStart(15),
        r.startRssMB.toFixed(0).padStart(24),
      ];
      console.log(cells.join(' '));
    }
  }
  console.log('');

  const [small, large] = sizes.map((count) => results.get(count)!.byFormat);
  const lines = formats.map((format) => {
    const big = large!.get(format)!;
    const ratio = big.peakRssMB / small!.get(format)!.peakRssMB;
    const ok = big.seconds < targets.seconds && big.peakRssMB < targets.peakRssMB && ratio <= targets.flatRatio;
    return `export ${format} ${label(annotations)}: ${big.seconds.toFixed(1)} s, peak RSS ${big.peakRssMB.toFixed(0)} MB, RSS ratio ${label(annotations)}/${label(sizes[0]!)} ${ratio.toFixed(2)} (target < ${targets.seconds} s, < ${targets.peakRssMB} MB, flat) ${ok ? 'ok' : 'MISS'}`;
  });
  for (const line of lines) console.log(line);
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === thisFile) {
  const { values: args } = parseArgs({
    options: {
      annotations: { type: 'string', default: '100000' },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      'cpu-prof-dir': { type: 'string' },
    },
  });
  const nodeOptions = args['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof-dir']}`] : [];
  await runExportBench({ annotations: Number(args.annotations), keep: args.keep, nodeOptions, runs: Number(args.runs) });
}
