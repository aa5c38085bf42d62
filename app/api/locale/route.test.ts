import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const jar = vi.hoisted(() => ({ set: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => jar }));

const { POST } = await import('@/app/api/locale/route');

const origin = 'http://localhost:3000';

function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${origin}/api/locale`, {
      method: 'POST',
      headers: { origin, host: 'localhost:3000', 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    }),
  );
}

beforeEach(() => vi.stubEnv('NEXTAUTH_URL', origin));
afterEach(() => {
  jar.set.mockReset();
  vi.unstubAllEnvs();
});

describe('POST /api/locale', () => {
  it('remembers the chosen language for a year and goes back to the page, query included', async () => {
    const response = await post('locale=ko&back=%2Fdocuments%2Fpyongyang-declaration%3Flangs%3Den%2Cko');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/documents/pyongyang-declaration?langs=en,ko');
    expect(jar.set).toHaveBeenCalledWith('accord_locale', 'ko', expect.objectContaining({ path: '/', maxAge: 31_536_000, sameSite: 'lax' }));
  });

  it('goes back to the sign-in page itself when the switch was made there', async () => {
    const response = await post('locale=ja&back=%2Fsignin');
    expect(response.headers.get('location')).toBe('/signin');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)'])('never sends the reader to %s', async (back) => {
    const response = await post(new URLSearchParams({ locale: 'en', back }).toString());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  it('refuses a language we do not have, remembering nothing', async () => {
    const response = await post('locale=fr&back=%2F');
    expect(response.status).toBe(400);
    expect(jar.set).not.toHaveBeenCalled();
  });

  it('refuses a request from another site', async () => {
    const response = await post('locale=ko', { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(jar.set).not.toHaveBeenCalled();
  });

  it('refuses a body that is not a form, or too large', async () => {
    expect((await post('{"locale":"ko"}', { 'content-type': 'application/json' })).status).toBe(415);
    expect((await post(`locale=ko&back=${'a'.repeat(5000)}`)).status).toBe(413);
    expect(jar.set).not.toHaveBeenCalled();
  });
});
