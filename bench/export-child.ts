// One export for bench/export.ts, in a process of its own: the code the export route runs, without
// HTTP (iterateAnnotations → the format's exporter → toByteStream), written to /dev/null, then one
// line of JSON with what it cost. bench/export.ts bundles this file with esbuild and runs the
// bundle with plain `node --conditions=react-server`, as `next start` runs the app's compiled
// code: no TypeScript loader in the process (tsx's added about 34 MB of RSS that the app never has).
//   node --conditions=react-server bench/out/export-child.mjs <format> <slug> <viewer id>   (DATABASE_URL set)
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { getDocument } from '@/lib/data/documents';
import { iterateAnnotations } from '@/lib/db/annotations';
import { exportFormats, type ExportFormat } from '@/lib/export/formats';
import { started, toByteStream } from '@/lib/export/stream';

export type Measured = {
  format: ExportFormat;
  seconds: number;
  cpuSeconds: number;
  bytes: number;
  peakRssMB: number;
  startRssMB: number;
  peakHeapUsedMB: number;
  peakHeapTotalMB: number;
  peakArrayBuffersMB: number;
};

const MB = (bytes: number) => bytes / 1e6;

async function exportOnce(format: ExportFormat, slug: string, viewerId: string): Promise<Measured> {
  const document = (await getDocument(slug))!;
  const filter = { scope: 'visible' as const };
  const startRss = process.resourceUsage().maxRSS * 1024;
  // Where the memory is, sampled: the JS heap, and the buffers outside it (the encoded output).
  const peak = { heapUsed: 0, heapTotal: 0, arrayBuffers: 0 };
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    for (const key of Object.keys(peak) as (keyof typeof peak)[]) peak[key] = Math.max(peak[key], usage[key]);
  }, 100);
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  const annotations = await started(iterateAnnotations(slug, { id: viewerId }, filter));
  const stream = toByteStream(exportFormats[format].write({ document, baseUrl: 'http://localhost:3000', filter, exportedAt: new Date() }, annotations));
  let bytes = 0;
  const devNull = Writable.toWeb(createWriteStream('/dev/null'));
  await stream
    .pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ transform: (chunk, c) => ((bytes += chunk.byteLength), c.enqueue(chunk)) }))
    .pipeTo(devNull);
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    format,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bytes,
    peakRssMB: MB(process.resourceUsage().maxRSS * 1024),
    startRssMB: MB(startRss),
    peakHeapUsedMB: MB(peak.heapUsed),
    peakHeapTotalMB: MB(peak.heapTotal),
    peakArrayBuffersMB: MB(peak.arrayBuffers),
  };
}

const [format, slug, viewer] = process.argv.slice(2);
if (format && slug && viewer) {
  console.log(JSON.stringify(await exportOnce(format as ExportFormat, slug, viewer)));
  process.exit(0);
}
