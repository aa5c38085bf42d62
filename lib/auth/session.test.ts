import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';

const secret = 'session-test-secret-0123456789abcdef';
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
  }),
}));
const sessions = vi.hoisted(() => ({ versions: new Map<string, number>() }));
vi.mock('@/lib/db/sessions', () => ({
  sessionUser: async ({ id, sessionVersion }: { id: string; sessionVersion: number }) =>
    sessions.versions.get(id) === sessionVersion ? { id, name: 'Hana Kim', email: 'hana@example.org' } : null,
}));

const { getSessionUser } = await import('@/lib/auth/session');

afterEach(() => {
  jar.cookies.clear();
  sessions.versions.clear();
});

const tokenFor = (uid: string, sessionVersion: number, maxAge = 3600) => encode({ token: { uid, sessionVersion, name: 'Hana Kim' }, secret, maxAge });

describe('getSessionUser', () => {
  vi.stubEnv('NEXTAUTH_SECRET', secret);

  it('gives the user of a current session token', async () => {
    const id = crypto.randomUUID();
    sessions.versions.set(id, 2);
    jar.cookies.set('next-auth.session-token', await tokenFor(id, 2));
    expect(await getSessionUser()).toEqual({ id, name: 'Hana Kim', email: 'hana@example.org' });
  });

  it('reads a token split over several cookies, and the __Secure- name used on https', async () => {
    const id = crypto.randomUUID();
    sessions.versions.set(id, 0);
    const token = await tokenFor(id, 0);
    jar.cookies.set('__Secure-next-auth.session-token.1', token.slice(100));
    jar.cookies.set('__Secure-next-auth.session-token.0', token.slice(0, 100));
    expect(await getSessionUser()).toMatchObject({ id });
  });

  it('gives no user for an ended session, a tampered or expired token, or none', async () => {
    const id = crypto.randomUUID();
    sessions.versions.set(id, 3);
    jar.cookies.set('next-auth.session-token', await tokenFor(id, 2));
    expect(await getSessionUser()).toBeNull();
    jar.cookies.set('next-auth.session-token', `${(await tokenFor(id, 3)).slice(0, -4)}AAAA`);
    expect(await getSessionUser()).toBeNull();
    jar.cookies.set('next-auth.session-token', await tokenFor(id, 3, -60));
    expect(await getSessionUser()).toBeNull();
    jar.cookies.clear();
    expect(await getSessionUser()).toBeNull();
  });
});
