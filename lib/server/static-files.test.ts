import { mkdtemp, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/server/security-headers.mjs';
import { precompressStatic, staticFiles, staticPrefix } from '@/lib/server/static-files.mjs';

// A script as a build writes it: long enough to be worth compressing.
const script = `self.chunk=${JSON.stringify(Array.from({ length: 400 }, (_, i) => `passage ${i} of the declaration`))};\n`;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-static-'));
  await mkdir(path.join(dir, 'chunks'));
  await mkdir(path.join(dir, 'media'));
  await writeFile(path.join(dir, 'chunks', 'app.js'), script);
  await writeFile(path.join(dir, 'chunks', 'tiny.css'), 'a{color:red}');
  await writeFile(path.join(dir, 'media', 'face.woff2'), Buffer.alloc(4096, 7));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('precompressStatic', () => {
  it('writes a brotli and a gzip copy of each text file worth compressing, and none of fonts or tiny files', async () => {
    expect(await precompressStatic(dir)).toBe(2);
    expect(brotliDecompressSync(await readFile(path.join(dir, 'chunks', 'app.js.br'))).toString()).toBe(script);
    expect(gunzipSync(await readFile(path.join(dir, 'chunks', 'app.js.gz'))).toString()).toBe(script);
    await expect(stat(path.join(dir, 'chunks', 'tiny.css.br'))).rejects.toThrow();
    await expect(stat(path.join(dir, 'media', 'face.woff2.br'))).rejects.toThrow();
  });

  it('does nothing on a second start, and compresses again a file newer than its copies', async () => {
    await precompressStatic(dir);
    expect(await precompressStatic(dir)).toBe(0);
    const changed = `${script}self.more=1;\n`;
    await writeFile(path.join(dir, 'chunks', 'app.js'), changed);
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(dir, 'chunks', 'app.js'), later, later);
    expect(await precompressStatic(dir)).toBe(2);
    expect(brotliDecompressSync(await readFile(path.join(dir, 'chunks', 'app.js.br'))).toString()).toBe(changed);
  });

  it('has nothing to do where there is no build yet', async () => {
    expect(await precompressStatic(path.join(dir, 'missing'))).toBe(0);
  });
});

describe('staticFiles', () => {
  let server: Server;
  let fellBack: string[];

  beforeEach(async () => {
    await precompressStatic(dir);
    const files = staticFiles(dir, securityHeaders);
    fellBack = [];
    server = createServer((request, response) => {
      if (!request.url?.startsWith(staticPrefix)) return void response.writeHead(500).end();
      files(request, response, () => {
        fellBack.push(request.url!);
        response.writeHead(404).end('from Next.js');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  // Raw: undici's fetch would decode the body, and a URL would resolve the dots out of the path.
  const get = (url: string, acceptEncoding: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      request({ host: '127.0.0.1', port, path: url, agent: false, headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('sends brotli to a browser that takes it, gzip to one that takes only that, and the file as it is otherwise', async () => {
    const br = await get('/_next/static/chunks/app.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gzip = await get('/_next/static/chunks/app.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get('/_next/static/chunks/app.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    for (const response of [br, gzip, plain]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/javascript');
      expect(response.headers['vary']).toBe('Accept-Encoding');
    }
  });

  it('marks every file as cached for a year and carries the headers of every response', async () => {
    const font = await get('/_next/static/media/face.woff2', 'gzip, br');
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public,max-age=31536000,immutable');
    for (const { key, value } of securityHeaders) expect(font.headers[key.toLowerCase()]).toBe(value);
  });

  it('leaves to Next.js what it does not hold, with the address as it came, and never serves outside its folder', async () => {
    expect((await get('/_next/static/chunks/gone.js', 'br')).body.toString()).toBe('from Next.js');
    expect((await get('/_next/static/../static/chunks/app.js/../../../../etc/passwd', 'identity')).status).toBe(404);
    expect((await get('/_next/static/%2e%2e/%2e%2e/etc/hostname', 'identity')).status).toBe(404);
    expect(fellBack[0]).toBe('/_next/static/chunks/gone.js');
  });
});
