import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { POST } from '@/app/api/markdown/route';

const state = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => state.user }));

const origin = 'http://localhost:3203';
beforeAll(() => vi.stubEnv('NEXTAUTH_URL', origin));
afterAll(() => vi.unstubAllEnvs());

async function preview(body: unknown, headers: Record<string, string> = { origin }) {
  const response = await POST(
    new Request(`${origin}/api/markdown`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }),
    {
      params: Promise.resolve({}),
    },
  );
  return { status: response.status, json: await response.json() };
}

describe('POST /api/markdown', () => {
  it('renders a preview as the note will show: sanitised, raw HTML shown as the text it was written as', async () => {
    state.user = { id: '00000000-0000-4000-8000-000000000001', name: 'A', email: 'a@example.org' };
    expect(await preview({ markdown: '**사죄** [x](javascript:alert(1)) <img src=x onerror=alert(1)>' })).toEqual({
      status: 200,
      json: { html: '<p><strong>사죄</strong> <a>x</a> &#x3C;img src=x onerror=alert(1)></p>' },
    });
    expect((await preview({ markdown: 'x'.repeat(10_001) })).status).toBe(400);
  });

  it('is only for signed-in writers on this site', async () => {
    expect((await preview({ markdown: 'hi' }, { origin: 'https://evil.example' })).status).toBe(403);
    state.user = null;
    expect((await preview({ markdown: 'hi' })).status).toBe(401);
  });
});
