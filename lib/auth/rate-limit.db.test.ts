// Against the real PostgreSQL server: attempts counted in the database are counted once for every
// app process. Each "process" here is a limiter on a Prisma client of its own, as each worker of
// scripts/serve.ts (or each instance) has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAttemptLimiter, RateLimitedError } from '@/lib/auth/rate-limit';
import { attemptStoreOn } from '@/lib/db/attempt-store';
import { createPrismaClient } from '@/lib/db/create-client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let database: TestDatabase;
let other: PrismaClient;
const limits = { perAccount: { points: 5, durationSeconds: 600 }, perAddress: { points: 50, durationSeconds: 600 } };
const processes = () => [
  createAttemptLimiter('sign-in', limits, attemptStoreOn(database.prisma)),
  createAttemptLimiter('sign-in', limits, attemptStoreOn(other)),
];

beforeAll(async () => {
  database = await createTestDatabase();
  other = createPrismaClient(database.url, 4);
});
afterAll(async () => {
  await other?.$disconnect();
  await database?.drop();
});

describe('attempts counted in the database', () => {
  it('are one count across processes: five guesses in all, wherever they land', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await (i % 2 ? second! : first!).take({ account: 'a@example.org', address: '192.0.2.1' });
    await expect(first!.take({ account: 'a@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    await expect(second!.take({ account: 'a@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await second!.retryAfter({ account: 'a@example.org' })).toBeGreaterThan(590);
    // A memory store per process would have let each take five.
    const inMemory = [createAttemptLimiter('sign-in', limits), createAttemptLimiter('sign-in', limits)];
    for (const limiter of inMemory) for (let i = 0; i < 5; i++) await limiter.take({ account: 'b@example.org' });
  });

  it('let exactly the allowed number through when guesses arrive at once', async () => {
    const [first, second] = processes();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? second! : first!).take({ account: 'c@example.org' })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason instanceof RateLimitedError)).toBe(true);
  });

  it('a success in one process clears the account for the other', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await first!.take({ account: 'd@example.org' });
    await expect(second!.take({ account: 'd@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    await first!.succeeded({ account: 'd@example.org' });
    await expect(second!.take({ account: 'd@example.org' })).resolves.toBeUndefined();
  });

  it('refused attempts are not counted against the address', async () => {
    const [first, second] = processes();
    for (let i = 0; i < 5; i++) await first!.take({ account: 'e@example.org', address: '192.0.2.9' });
    for (let i = 0; i < 10; i++) await expect(second!.take({ account: 'e@example.org', address: '192.0.2.9' })).rejects.toBeInstanceOf(RateLimitedError);
    const counted = await database.prisma.attemptLimit.findUnique({ where: { key: 'sign-in:address:192.0.2.9' } });
    expect(counted?.points).toBe(5);
  });
});
