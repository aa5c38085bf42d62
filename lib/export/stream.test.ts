import { describe, expect, it } from 'vitest';
import { started, toByteStream } from '@/lib/export/stream';

describe('toByteStream', () => {
  it('gathers small chunks and encodes them as UTF-8', async () => {
    async function* parts() {
      yield '한국어 ';
      yield '日本語 𠮷';
    }
    const text = await new Response(toByteStream(parts())).text();
    expect(text).toBe('한국어 日本語 𠮷');
  });

  it('sends chunks of about 64 KiB, every byte of the text in order', async () => {
    const line = (i: number) => `${i} 日本国と朝鮮民主主義人民共和国 · 조선민주주의인민공화국\n`;
    async function* lines() {
      for (let i = 0; i < 5000; i++) yield line(i);
    }
    const sizes: number[] = [];
    const decoder = new TextDecoder();
    let text = '';
    const reader = toByteStream(lines()).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      sizes.push(next.value.byteLength);
      text += decoder.decode(next.value, { stream: true });
    }
    expect(text).toBe(Array.from({ length: 5000 }, (_, i) => line(i)).join(''));
    expect(sizes.length).toBeGreaterThan(1);
    // Full but for at most a character's bytes that did not fit (three, for these).
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThan(64 * 1024 - 4);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(64 * 1024);
  });

  it('splits a piece longer than a chunk between whole characters', async () => {
    // 𠮷 takes four bytes (two UTF-16 units): at some chunk boundary one does not fit.
    const piece = '조선 𠮷 日本 '.repeat(20_000);
    async function* one() {
      yield 'a';
      yield piece;
    }
    const chunks: Uint8Array[] = [];
    const reader = toByteStream(one()).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks.length).toBeGreaterThan(2);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (const chunk of chunks) expect(() => fatal.decode(chunk)).not.toThrow();
    expect(chunks.map((c) => fatal.decode(c)).join('')).toBe(`a${piece}`);
  });

  it('ends the exporter when the download is cancelled, so that it lets go of the database', async () => {
    let produced = 0;
    let finished = false;
    async function* endless() {
      try {
        for (;;) {
          produced += 1;
          yield 'x'.repeat(1024);
        }
      } finally {
        finished = true;
      }
    }
    const reader = toByteStream(endless()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    expect(produced).toBeLessThan(200);
  });
});

describe('started', () => {
  it('throws what the first step throws, before anything is sent', async () => {
    async function* failing(): AsyncGenerator<number> {
      throw new Error('document not found');
    }
    await expect(started(failing())).rejects.toThrow('document not found');
  });

  it('yields every item, the first included', async () => {
    async function* numbers() {
      yield* [1, 2, 3];
    }
    const out: number[] = [];
    for await (const n of await started(numbers())) out.push(n);
    expect(out).toEqual([1, 2, 3]);
  });
});
