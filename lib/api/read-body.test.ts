import { describe, expect, it } from 'vitest';
import { readBody } from '@/lib/api/read-body';

function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBody', () => {
  it('reads a body within the limit, counting bytes rather than characters', async () => {
    expect(await readBody(streamed(['{"a":', '"평양"}']), 14)).toEqual({ ok: true, text: '{"a":"평양"}' });
    expect(await readBody(streamed(['{"a":', '"평양"}']), 13)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: 'x', headers: { 'content-length': '999999' } });
    expect(await readBody(request, 10)).toEqual({ ok: false, problem: 'too-large' });
    expect(request.bodyUsed).toBe(false);
  });

  it('stops a streamed body that passes the limit, whatever it declared', async () => {
    expect(await readBody(streamed(['x'.repeat(8), 'x'.repeat(8)]), 10)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await readBody(request, 10)).toEqual({ ok: false, problem: 'not-utf8' });
  });
});
