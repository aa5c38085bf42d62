import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from '@/lib/db/embedded';

// Each case loads the route with its own DATABASE_URL: the client is made once per process.
async function healthWith(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', databaseUrl);
  const { GET } = await import('@/app/api/health/route');
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe('GET /api/health', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { accordPrisma?: unknown }).accordPrisma;
  });

  it('answers ok when the database answers', async () => {
    const url = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
    expect(await healthWith(url)).toEqual({ status: 200, body: { ok: true, db: 'up' } });
  });

  it('answers 503 with db down when nothing listens', async () => {
    const port = await freePort();
    expect(await healthWith(`postgresql://postgres@127.0.0.1:${port}/postgres`)).toEqual({ status: 503, body: { ok: false, db: 'down' } });
  });
});
