import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { sessionClaimsSchema } from '@/lib/auth/session-user';

// The users table as the session callback sees it: rows by id, or a database that is away.
const database = vi.hoisted(() => ({ users: new Map<string, object>(), down: false }));
vi.mock('@/lib/db/client', () => ({
  db: () => ({
    user: {
      findUnique: async ({ where }: { where: { id: string } }) => {
        if (database.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        return database.users.get(where.id) ?? null;
      },
    },
  }),
}));

afterEach(() => {
  database.users.clear();
  database.down = false;
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
    database.down = true;
    const token: JWT = { uid: crypto.randomUUID(), sessionVersion: 2, name: 'A', email: 'a@example.org' };
    const session = (await callbacks!.session!({ session: { expires: '2100-01-01' }, token } as never)) as Session;
    expect(session.user).toEqual({ id: token.uid, name: 'A', email: 'a@example.org', sessionVersion: 2 });
    expect(session.checked).toBeUndefined();
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
