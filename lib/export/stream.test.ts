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
