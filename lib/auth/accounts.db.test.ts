// Against the real PostgreSQL server: the pieces of the credentials flow and of session checks.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { authorizeCredentials } from '@/lib/auth/credentials';
import { OAuthSignInError, userForOAuth } from '@/lib/auth/oauth';
import { RateLimitedError } from '@/lib/auth/rate-limit';
import { createSignInLimiter, type SignInLimiter } from '@/lib/auth/sign-in-limit';
import { findSessionUser } from '@/lib/auth/session-user';
import { createAccount } from '@/lib/auth/signup';
import { endSessions } from '@/lib/db/sessions';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));

let database: TestDatabase;
let limiter: SignInLimiter;
const password = 'pyongyang-2002-talks';

beforeAll(async () => {
  database = await createTestDatabase();
  state.prisma = database.prisma;
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => {
  limiter = createSignInLimiter({ freeFailures: 3, firstDelaySeconds: 30, maxDelaySeconds: 600, memorySeconds: 3600, perAddress: 100 });
});

let counter = 0;
async function newUser(name = 'Hana Kim') {
  const email = `reader${++counter}@example.org`;
  const user = await createAccount({ email, name, password });
  if (!user) throw new Error('account not created');
  return user;
}

describe('createAccount', () => {
  it('stores an argon2id hash, never the password', async () => {
    const user = await newUser();
    const row = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(row.sessionVersion).toBe(0);
  });

  it('refuses a second account with the same email and leaves the first alone', async () => {
    const user = await newUser('First');
    expect(await createAccount({ email: user.email, name: 'Second', password: 'another-pass-1' })).toBeNull();
    expect(await database.prisma.user.count({ where: { email: user.email } })).toBe(1);
    expect(await authorizeCredentials({ email: user.email, password }, '10.0.0.1', limiter)).toMatchObject({ name: 'First' });
  });
});

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the case of the email', async () => {
    const user = await newUser();
    const result = await authorizeCredentials({ email: ` ${user.email.toUpperCase()} `, password }, '10.0.0.1', limiter);
    expect(result).toEqual({ id: user.id, name: 'Hana Kim', email: user.email, sessionVersion: 0 });
  });

  it('refuses a wrong password', async () => {
    const user = await newUser();
    expect(await authorizeCredentials({ email: user.email, password: 'wrong-password-1' }, '10.0.0.1', limiter)).toBeNull();
  });

  it('refuses an unknown email', async () => {
    expect(await authorizeCredentials({ email: 'nobody@example.org', password }, '10.0.0.1', limiter)).toBeNull();
  });

  it('refuses an account that has no password (OAuth only)', async () => {
    const user = await userForOAuth({ provider: 'github', providerAccountId: 'no-password', email: 'gh-only@example.org', name: 'GH' });
    expect(await authorizeCredentials({ email: user.email, password }, '10.0.0.1', limiter)).toBeNull();
  });

  it('refuses malformed input without touching the limiter', async () => {
    for (const input of [
      undefined,
      {},
      { email: 'x', password },
      { email: 'a@example.org', password: '' },
      { email: 'a@example.org', password: 'x'.repeat(201) },
    ]) {
      expect(await authorizeCredentials(input, '10.0.0.1', limiter)).toBeNull();
    }
    expect(await limiter.retryAfter({ account: 'a@example.org', address: '10.0.0.1' })).toBe(0);
  });

  it('makes the same address wait after a few failures, even with the right password, and says how long', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) {
      expect(await authorizeCredentials({ email: user.email, password: `wrong-${i}-attempt` }, '10.0.0.1', limiter)).toBeNull();
    }
    const refused = authorizeCredentials({ email: user.email, password }, '10.0.0.1', limiter);
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 30 });
  });

  it('lets the owner in from another address while guesses from one address wait', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) await authorizeCredentials({ email: user.email, password: `wrong-${i}-attempt` }, '203.0.113.66', limiter);
    await expect(authorizeCredentials({ email: user.email, password: 'wrong-again-1' }, '203.0.113.66', limiter)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await authorizeCredentials({ email: user.email, password }, '10.0.0.2', limiter)).toMatchObject({ id: user.id });
  });

  it('a successful sign-in clears the count of failures', async () => {
    const user = await newUser();
    for (let i = 0; i < 2; i++) await authorizeCredentials({ email: user.email, password: `wrong-${i}-attempt` }, '10.0.0.3', limiter);
    expect(await authorizeCredentials({ email: user.email, password }, '10.0.0.3', limiter)).not.toBeNull();
    for (let i = 0; i < 2; i++) await authorizeCredentials({ email: user.email, password: `wrong-${i}-again` }, '10.0.0.3', limiter);
    expect(await authorizeCredentials({ email: user.email, password }, '10.0.0.3', limiter)).not.toBeNull();
  });
});

describe('findSessionUser', () => {
  it('finds the user of a current session', async () => {
    const user = await newUser();
    expect(await findSessionUser({ id: user.id, sessionVersion: 0 })).toEqual(user);
  });

  it('ends every older session when the session version is bumped (sign-out everywhere)', async () => {
    const user = await newUser();
    const signedIn = await authorizeCredentials({ email: user.email, password }, '10.0.0.1', limiter);
    const claims = { id: user.id, sessionVersion: signedIn!.sessionVersion };
    expect(await findSessionUser(claims)).not.toBeNull();
    await endSessions(user.id);
    expect(await findSessionUser(claims)).toBeNull();
    // A new sign-in carries the new version and works again.
    const again = await authorizeCredentials({ email: user.email, password }, '10.0.0.1', limiter);
    expect(await findSessionUser({ id: user.id, sessionVersion: again!.sessionVersion })).toEqual(user);
  });

  it('lets in a sign-in made just after a sign-out elsewhere, though this process cached the older version', async () => {
    const user = await newUser();
    expect(await findSessionUser({ id: user.id, sessionVersion: 0 })).not.toBeNull();
    // Another instance ended the sessions: this process still caches version 0.
    await database.prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await findSessionUser({ id: user.id, sessionVersion: 1 })).toEqual(user);
    expect(await findSessionUser({ id: user.id, sessionVersion: 0 })).toBeNull();
  });

  it('refuses the old session once a sign-out has returned, even with a check in flight meanwhile', async () => {
    const user = await newUser();
    const claims = { id: user.id, sessionVersion: 0 };
    await Promise.all([findSessionUser(claims), endSessions(user.id), findSessionUser(claims)]);
    expect(await findSessionUser(claims)).toBeNull();
  });

  it('returns null once the user is gone', async () => {
    const user = await newUser();
    await database.prisma.user.delete({ where: { id: user.id } });
    expect(await findSessionUser({ id: user.id, sessionVersion: 0 })).toBeNull();
  });

  it('returns null for claims that are missing or malformed, without asking the database to parse them', async () => {
    for (const claims of [null, {}, { id: 'not-a-uuid', sessionVersion: 0 }, { id: crypto.randomUUID() }, { id: crypto.randomUUID(), sessionVersion: '0' }]) {
      expect(await findSessionUser(claims)).toBeNull();
    }
  });
});

describe('userForOAuth', () => {
  it('creates a user and its Account on the first sign-in and finds the same user later', async () => {
    const first = await userForOAuth({ provider: 'github', providerAccountId: '4242', email: 'Octo@Example.org', name: 'Octo Cat' });
    expect(first).toMatchObject({ email: 'octo@example.org', name: 'Octo Cat', sessionVersion: 0 });
    const again = await userForOAuth({ provider: 'github', providerAccountId: '4242' });
    expect(again.id).toBe(first.id);
    expect(await database.prisma.account.count({ where: { userId: first.id } })).toBe(1);
  });

  it('does not take over an existing account that has the same email', async () => {
    const user = await newUser();
    await expect(userForOAuth({ provider: 'github', providerAccountId: '777', email: user.email, name: 'Intruder' })).rejects.toMatchObject({
      code: 'OAuthAccountNotLinked',
    });
    expect(await database.prisma.account.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses an identity without an email', async () => {
    await expect(userForOAuth({ provider: 'github', providerAccountId: '888', email: null })).rejects.toBeInstanceOf(OAuthSignInError);
  });
});
