// The build's own files (/_next/static/…: scripts, stylesheets, fonts), served by scripts/serve.mjs
// before Next.js sees the request. Next.js serves them through its whole request pipeline and gzips
// each script and stylesheet again on every request: about 4.5 ms of server CPU a file on a 2-core
// machine, 80–90 ms per first visit to the reader, all of it while the browser is parsing and laying
// out the page on the same cores. Here they are compressed once, when the server starts after a build
// (brotli at its best quality and gzip, written beside each file), and sent as they are by sirv, a
// static file server made for this (it picks the .br or .gz sibling the browser accepts).
// Plain JavaScript: serve.mjs runs without a TypeScript loader.
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import sirv from 'sirv';

export const staticPrefix = '/_next/static/';

// Text formats only: fonts (woff2, woff) and images are compressed already.
const compressible = /\.(?:js|mjs|css|svg|json|txt|map|html|xml)$/;
// Below this, compressing saves about what the Content-Encoding and Vary headers add. (Next.js
// compresses nothing under 1 KiB: a 945-byte script every page loads came to 444 bytes in brotli.)
const minimumBytes = 256;
// The event loop stays free (zlib works on libuv's threads); four at once keeps every thread busy.
const concurrency = 4;

const variants = [
  {
    suffix: '.br',
    create: (size) =>
      zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }),
  },
  { suffix: '.gz', create: () => zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION }) },
];

async function modifiedAt(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Writes `file`'s compressed copy unless one at least as new is there; through a temporary name, so that no server ever sees half of one. */
async function compressOne(file, size, mtime, { suffix, create }) {
  const target = file + suffix;
  const existing = await modifiedAt(target);
  if (existing !== undefined && existing >= mtime) return false;
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await pipeline(createReadStream(file), create(size), createWriteStream(temporary));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}

/**
 * Compresses every compressible file under `dir` that has no up-to-date .br and .gz beside it.
 * Returns how many copies were written: none when the build is unchanged since the last start.
 */
export async function precompressStatic(dir) {
  let names;
  try {
    names = await readdir(dir, { recursive: true });
  } catch (error) {
    // No build yet: Next.js says so when it starts.
    if (error?.code === 'ENOENT') return 0;
    throw error;
  }
  const jobs = [];
  for (const name of names) {
    if (!compressible.test(name)) continue;
    const file = path.join(dir, name);
    const stats = await stat(file);
    if (!stats.isFile() || stats.size < minimumBytes) continue;
    for (const variant of variants) jobs.push(() => compressOne(file, stats.size, stats.mtimeMs, variant));
  }
  let written = 0;
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) if (await job()) written++;
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}

/**
 * A request handler for `staticPrefix` addresses: the file under `dir` (the build's `static`
 * folder), compressed as the request accepts, cached for a year (every name carries its content's
 * hash), with `headers` (the ones every response of the app carries). Anything it does not hold
 * goes to `fallback` (Next.js, which answers 404).
 */
export function staticFiles(dir, headers) {
  const serve = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    maxAge: 31_536_000,
    immutable: true,
    // Exact names only: no index files, no guessed extensions.
    extensions: [],
    setHeaders: (response) => {
      for (const { key, value } of headers) response.setHeader(key, value);
    },
  });
  return (request, response, fallback) => {
    const url = request.url ?? '';
    request.url = url.slice(staticPrefix.length - 1);
    serve(request, response, () => {
      request.url = url;
      fallback();
    });
  };
}
