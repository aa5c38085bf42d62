// Export benchmark: seeds 100,000 annotations into a fresh database on the PostgreSQL server,
// then exports every format through the code the export route runs (iterateAnnotations → the
// format's exporter → toByteStream) into /dev/null, each in a process of its own so that its
// peak RSS is its own. Prints time and peak RSS per format.
//   npx tsx bench/export.ts [--annotations 100000] [--keep]
// The server is TEST_DATABASE_URL's (default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createBenchDatabase, seed, slug } from './seed';

const formats = ['markdown', 'jsonld', 'csv'] as const;
const { values: args } = parseArgs({
  options: {
    annotations: { type: 'string', default: '100000' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
    url: { type: 'string' },
    viewer: { type: 'string' },
  },
});

/** One export, in this process: the route's code path without HTTP, written to /dev/null. */
async function exportOnce(format: (typeof formats)[number], viewerId: string) {
  const { iterateAnnotations } = await import('@/lib/db/annotations');
  const { getDocument } = await import('@/lib/data/documents');
  const { exportFormats } = await import('@/lib/export/formats');
  const { toByteStream, started } = await import('@/lib/export/stream');
  const document = (await getDocument(slug))!;
  const filter = { scope: 'visible' as const };
  const before = process.resourceUsage().maxRSS;
  const began = performance.now();
  const annotations = await started(iterateAnnotations(slug, { id: viewerId }, filter));
  const stream = toByteStream(exportFormats[format].write({ document, baseUrl: 'http://localhost:3000', filter, exportedAt: new Date() }, annotations));
  let bytes = 0;
  const devNull = Writable.toWeb(createWriteStream('/dev/null'));
  await stream.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ transform: (chunk, c) => ((bytes += chunk.byteLength), c.enqueue(chunk)) })).pipeTo(devNull);
  const seconds = (performance.now() - began) / 1000;
  console.log(JSON.stringify({ format, seconds, bytes, peakRssMiB: process.resourceUsage().maxRSS / 1024, startRssMiB: before / 1024 }));
  process.exit(0);
}

function child(format: string, url: string, viewer: string): Promise<Record<string, number | string>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'bench/export.ts', '--child', format, '--url', url, '--viewer', viewer], {
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '4', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (data: Buffer) => (out += data));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`${format} export exited with ${code}`))));
  });
}

async function main() {
  const count = Number(args.annotations);
  const database = await createBenchDatabase(args.keep);
  try {
    const began = performance.now();
    const viewer = await seed(database.url, count);
    console.log(`seeded ${count.toLocaleString('en')} annotations in ${((performance.now() - began) / 1000).toFixed(1)} s (database ${database.name})`);
    console.log('format    time (s)   output (MiB)   peak RSS (MiB)   RSS before export (MiB)');
    for (const format of formats) {
      const r = await child(format, database.url, viewer);
      const cells = [String(r.format).padEnd(8), Number(r.seconds).toFixed(1).padStart(8), (Number(r.bytes) / 2 ** 20).toFixed(1).padStart(14), Number(r.peakRssMiB).toFixed(0).padStart(16), Number(r.startRssMiB).toFixed(0).padStart(25)];
      console.log(cells.join(' '));
    }
  } finally {
    await database.drop();
  }
}

if (args.child) await exportOnce(args.child as (typeof formats)[number], args.viewer!);
else await main();
