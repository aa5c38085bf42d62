import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { sessionClaimsSchema } from '@/lib/auth/session-user';

// The users table as the session callback sees it: rows by id, or a database that is away.
// `down` is the error the check throws.
const database = vi.hoisted(() => ({ users: new Map<string, object>(), down: undefined as Error | undefined }));
vi.mock('@/lib/db/client', () => ({
  db: () => ({
    user: {
      findUnique: async ({ where }: { where: { id: string } }) => {
        if (database.down) throw database.down;
        return database.users.get(where.id) ?? null;
      },
    },
  }),
}));

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
// A server restarting, as Prisma throws it: the SQLSTATE only inside the adapter's error.
const startingUp = () =>
  Object.assign(new Error('Database error. Code: `57P03`. Message: `the database system is starting up`'), {
    code: 'P2039',
    meta: {
      driverAdapterError: Object.assign(new Error('57P03'), { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '57P03', originalCode: '57P03' } }),
    },
  });

afterEach(() => {
  database.users.clear();
  database.down = undefined;
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function options() {
  const { authOptions } = await import('@/lib/auth/options');
  return authOptions();
}

describe('authOptions', () => {
  it('puts the user id and session version into the JWT and the session, in the shape getSessionUser checks', async () => {
    const { callbacks } = await options();
    const user = { id: crypto.randomUUID(), name: 'Hana Kim', email: 'hana@example.org', sessionVersion: 3 };
    const token = (await callbacks!.jwt!({
      token: { name: user.name, email: user.email, sub: user.id },
      user,
      account: { type: 'credentials', provider: 'credentials', providerAccountId: user.id },
      trigger: 'signIn',
    })) as JWT;
    expect(token).toMatchObject({ uid: user.id, sessionVersion: 3 });

    database.users.set(user.id, user);
    const session = (await callbacks!.session!({ session: { expires: '2100-01-01' }, token } as never)) as Session;
    expect(session.user).toEqual(user);
    expect(sessionClaimsSchema.safeParse(session.user).success).toBe(true);
    expect(session.checked).toBe(true);
  });

  it('shows no user for a token whose session was ended or whose user is gone, so /api/auth/session agrees with the API', async () => {
    const { callbacks } = await options();
    const user = { id: crypto.randomUUID(), name: 'Hana Kim', email: 'hana@example.org', sessionVersion: 4 };
    const token: JWT = { uid: user.id, sessionVersion: 3, name: user.name, email: user.email };
    database.users.set(user.id, user);
    const ended = (await callbacks!.session!({ session: { expires: '2100-01-01' }, token } as never)) as Session;
    expect(ended.user).toBeUndefined();
    // A user this process has not seen (the session cache would answer for a recent one).
    const gone = (await callbacks!.session!({
      session: { expires: '2100-01-01' },
      token: { ...token, uid: crypto.randomUUID(), sessionVersion: 4 },
    } as never)) as Session;
    expect(gone.user).toBeUndefined();
  });

  it('keeps the session, unchecked, while the database is away, instead of signing the reader out', async () => {
    const { callbacks } = await options();
    database.down = refused();
    const token: JWT = { uid: crypto.randomUUID(), sessionVersion: 2, name: 'A', email: 'a@example.org' };
    const session = (await callbacks!.session!({ session: { expires: '2100-01-01' }, token } as never)) as Session;
    expect(session.user).toEqual({ id: token.uid, name: 'A', email: 'a@example.org', sessionVersion: 2 });
    expect(session.checked).toBeUndefined();
  });

  it('keeps the session cookie through next-auth’s own session handler while the server restarts, or the check fails otherwise', async () => {
    const { default: NextAuth } = await import('next-auth');
    const { encode } = await import('next-auth/jwt');
    const authOptions = { ...(await options()), secret: 'a-test-secret-of-some-length-0123456789' };
    const user = { id: crypto.randomUUID(), name: 'Hana Kim', email: 'hana@example.org', sessionVersion: 1 };
    const token = await encode({ token: { uid: user.id, sessionVersion: 1, name: user.name }, secret: authOptions.secret });
    // next-auth's handler in its request/response form (the App Router one reads next/headers,
    // which needs a live request): the same AuthHandler and session route underneath.
    const askSession = async () => {
      const setCookies: string[] = [];
      let body: Session | undefined;
      const res = {
        status: () => res,
        setHeader: (key: string, value: string | string[]) => {
          if (key.toLowerCase() === 'set-cookie') setCookies.splice(0, setCookies.length, ...[value].flat());
        },
        getHeader: () => [...setCookies],
        send: (sent: Session) => void (body = sent),
      };
      const req = {
        query: { nextauth: ['session'] },
        cookies: { 'next-auth.session-token': token },
        headers: { host: 'localhost:3000' },
        method: 'GET',
      };
      await NextAuth(req as never, res as never, authOptions);
      return { body, setCookies };
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const failure of [startingUp(), refused(), new Error('something unforeseen')]) {
      database.down = failure;
      const { body, setCookies } = await askSession();
      expect(body?.user).toMatchObject({ id: user.id });
      // next-auth refreshes the cookie's expiry; a sign-out would set it empty with Max-Age=0.
      expect(setCookies.filter((c) => c.startsWith('next-auth.session-token='))).toHaveLength(1);
      expect(setCookies.join('\n')).not.toMatch(/next-auth\.session-token=;|Max-Age=0/);
    }
    // Once the database answers, an ended session is still ended.
    database.down = undefined;
    database.users.set(user.id, { ...user, sessionVersion: 2 });
    expect((await askSession()).body?.user).toBeUndefined();
  });

  it('keeps the claims on later requests, which carry no account', async () => {
    const { callbacks } = await options();
    const token: JWT = { uid: crypto.randomUUID(), sessionVersion: 1, name: 'A', email: 'a@example.org' };
    expect(await callbacks!.jwt!({ token, user: undefined as never, account: null })).toEqual(token);
  });

  it('gives a session without a user when the token lacks our claims', async () => {
    const { callbacks } = await options();
    const session = (await callbacks!.session!({ session: { expires: '2100-01-01' }, token: { name: 'x' } } as never)) as Session;
    expect(session.user).toBeUndefined();
  });

  it('offers GitHub only when both of its settings are present', async () => {
    vi.stubEnv('GITHUB_ID', 'id-only');
    vi.stubEnv('GITHUB_SECRET', undefined);
    expect((await options()).providers.map((provider) => provider.id)).toEqual(['credentials']);
    vi.resetModules();
    vi.stubEnv('GITHUB_SECRET', 'a-secret');
    expect((await options()).providers.map((provider) => provider.id)).toEqual(['credentials', 'github']);
  });
});
