import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/auth/signup/route';

const origin = 'http://localhost:3000';
beforeAll(() => vi.stubEnv('NEXTAUTH_URL', origin));
afterAll(() => vi.unstubAllEnvs());

/** A chunked body (no Content-Length) of `total` bytes, which counts how much of it was read. */
function countedBody(total: number) {
  const counted = { read: 0 };
  const chunk = new TextEncoder().encode('x'.repeat(1024));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counted.read >= total) return controller.close();
      counted.read += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counted };
}

const signUp = (body: BodyInit) =>
  POST(
    new Request(`${origin}/api/auth/signup`, { method: 'POST', body, headers: { origin, 'content-type': 'application/json' }, duplex: 'half' } as RequestInit),
  );

describe('POST /api/auth/signup', () => {
  it('refuses an oversize body with 413 as soon as it passes the limit, without reading it all', async () => {
    const { stream, counted } = countedBody(1024 * 1024);
    const response = await signUp(stream);
    expect(response.status).toBe(413);
    expect(counted.read).toBeLessThan(64 * 1024);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const response = await signUp(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(response.status).toBe(400);
  });
});
