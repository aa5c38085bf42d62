// Against the real PostgreSQL server: attempts counted in the database are counted once for every
// app process. Each "process" here is a limiter on a Prisma client of its own, as each worker of
// scripts/serve.mjs (or each instance) has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAttemptLimiter, RateLimitedError } from '@/lib/auth/rate-limit';
import { createSignInLimiter, type SignInPolicy } from '@/lib/auth/sign-in-limit';
import { attemptStoreOn } from '@/lib/db/attempt-store';
import { createPrismaClient } from '@/lib/db/create-client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let database: TestDatabase;
let other: PrismaClient;
const policy: SignInPolicy = { freeFailures: 5, firstDelaySeconds: 60, maxDelaySeconds: 600, memorySeconds: 3600, perAddress: 50 };
const processes = () => [createSignInLimiter(policy, attemptStoreOn(database.prisma)), createSignInLimiter(policy, attemptStoreOn(other))];
const keys = (account: string, address = '192.0.2.1') => ({ account, address });

beforeAll(async () => {
  database = await createTestDatabase();
  other = createPrismaClient(database.url, 4);
});
afterAll(async () => {
  await other?.$disconnect();
  await database?.drop();
});

describe('failed sign-ins counted in the database', () => {
  it('are one count across processes: the free failures are shared, wherever they land', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await (i % 2 ? second! : first!).take(keys('a@example.org'));
    await expect(first!.take(keys('a@example.org'))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(second!.take(keys('a@example.org'))).rejects.toBeInstanceOf(RateLimitedError);
    expect(await second!.retryAfter(keys('a@example.org'))).toBeGreaterThan(55);
    // Another address is not held up.
    await expect(second!.take(keys('a@example.org', '192.0.2.2'))).resolves.toBeUndefined();
  });

  it('let exactly the free failures through when guesses arrive at once', async () => {
    const [first, second] = processes();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? second! : first!).take(keys('c@example.org'))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason instanceof RateLimitedError)).toBe(true);
  });

  it('a success in one process clears the account and address for the other', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await first!.take(keys('d@example.org'));
    await expect(second!.take(keys('d@example.org'))).rejects.toBeInstanceOf(RateLimitedError);
    await first!.succeeded(keys('d@example.org'));
    await expect(second!.take(keys('d@example.org'))).resolves.toBeUndefined();
  });

  it('refused tries are not counted', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await first!.take(keys('e@example.org', '192.0.2.9'));
    for (let i = 0; i < 10; i++) await expect(second!.take(keys('e@example.org', '192.0.2.9'))).rejects.toBeInstanceOf(RateLimitedError);
    const counted = await database.prisma.attemptLimit.findUnique({ where: { key: 'sign-in:address:192.0.2.9' } });
    expect(counted?.points).toBe(5);
  });
});

describe('sign-up attempts counted in the database', () => {
  it('are one count across processes', async () => {
    const limits = { perAccount: { points: 5, durationSeconds: 600 }, perAddress: { points: 50, durationSeconds: 600 } };
    const [first, second] = [
      createAttemptLimiter('sign-up', limits, attemptStoreOn(database.prisma)),
      createAttemptLimiter('sign-up', limits, attemptStoreOn(other)),
    ];
    for (let i = 0; i < 5; i++) await (i % 2 ? second! : first!).take({ account: 'f@example.org', address: '192.0.2.1' });
    await expect(first!.take({ account: 'f@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    await expect(second!.take({ account: 'f@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
  });
});
