import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The database restarting, as pg reports it.
const startingUp = () => Object.assign(new Error('the database system is starting up'), { code: '57P03' });
// What is away: the sign-in limits, or the users table behind authorize.
const outage = vi.hoisted(() => ({ limits: false, users: false }));

vi.mock('@/lib/auth/rate-limit', () => ({
  RateLimitedError: class extends Error {},
  accountKey: (email: string) => email,
  clientAddress: () => '203.0.113.7',
  attemptLimiters: () => ({
    signIn: {
      retryAfter: async () => {
        if (outage.limits) throw startingUp();
        return 0;
      },
    },
  }),
}));
vi.mock('@/lib/auth/credentials', () => ({
  authorizeCredentials: async () => {
    if (outage.users) throw startingUp();
    return null;
  },
}));
// next-auth's App Router handler reads the request through next/headers, which needs a live
// request; its request/response form runs the same AuthHandler and answers with the same status
// and `{ url }` body, so the route is given that one, fed from the NextRequest.
vi.mock('next-auth', async (importOriginal) => {
  const { default: NextAuth } = await importOriginal<typeof import('next-auth')>();
  return {
    default: async (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }, options: object) => {
      let status = 200;
      let body: unknown;
      const headers = new Headers();
      const res = {
        status: (code: number) => ((status = code), res),
        setHeader: (key: string, value: string | string[]) => [value].flat().forEach((v) => headers.append(key, v)),
        getHeader: () => undefined,
        json: (sent: unknown) => void (body = sent),
        send: (sent: unknown) => void (body = sent),
        end: () => {},
      };
      const req = {
        query: { nextauth: (await context.params).nextauth },
        body: Object.fromEntries(await request.formData()),
        cookies: Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value])),
        headers: Object.fromEntries(request.headers),
        method: request.method,
      };
      await NextAuth(req as never, res as never, options as never);
      return Response.json(body, { status, headers });
    },
  };
});

const secret = 'a-test-secret-of-some-length-0123456789';

afterEach(() => {
  outage.limits = false;
  outage.users = false;
  vi.unstubAllEnvs();
});

/** A credentials sign-in as next-auth's client sends it: form-encoded, with its CSRF pair, asking for JSON. */
async function signIn() {
  vi.stubEnv('NEXTAUTH_SECRET', secret);
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  const csrfToken = 'a-csrf-token';
  const csrfCookie = `${csrfToken}|${createHash('sha256').update(`${csrfToken}${secret}`).digest('hex')}`;
  const { POST } = await import('@/app/api/auth/[...nextauth]/route');
  const request = new NextRequest('http://localhost:3000/api/auth/callback/credentials', {
    method: 'POST',
    body: new URLSearchParams({ email: 'a@example.org', password: 'x', csrfToken, json: 'true' }),
    headers: { host: 'localhost:3000', 'content-type': 'application/x-www-form-urlencoded', cookie: `next-auth.csrf-token=${encodeURIComponent(csrfCookie)}` },
  });
  return POST(request, { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });
}

describe('POST /api/auth/callback/credentials', () => {
  it('answers 503 with Retry-After in next-auth’s { url } shape, naming the outage, while the limits cannot be read', async () => {
    outage.limits = true;
    const response = await signIn();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(new URL((await response.json()).url).searchParams.get('error')).toBe('Unavailable');
  });

  it('answers 503, not next-auth’s 401 for a wrong password, when the database goes away during authorize', async () => {
    outage.users = true;
    const response = await signIn();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(new URL((await response.json()).url).searchParams.get('error')).toBe('Unavailable');
  });

  it('still answers a wrong password with next-auth’s 401', async () => {
    const response = await signIn();
    expect(response.status).toBe(401);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(new URL((await response.json()).url).searchParams.get('error')).toBe('CredentialsSignin');
  });
});
