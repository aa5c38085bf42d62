import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError } from '@/lib/auth/rate-limited';
import { createSignInLimiter, delayAfter, type SignInPolicy } from '@/lib/auth/sign-in-limit';

const policy: SignInPolicy = { freeFailures: 3, firstDelaySeconds: 2, maxDelaySeconds: 60, memorySeconds: 3600, perAddress: 10 };
const owner = { account: 'owner@example.org', address: '192.0.2.1' };
const guesser = { account: 'owner@example.org', address: '203.0.113.66' };

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

/** Tries and fails, as a wrong password does: take() without succeeded(). */
const fail = (limiter: ReturnType<typeof createSignInLimiter>, keys: typeof owner) => limiter.take(keys);

describe('delayAfter', () => {
  it('is nothing before the free failures are spent, then doubles up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0, 2, 4, 8, 16, 60]);
  });
});

describe('createSignInLimiter', () => {
  it('spaces out tries after the free failures, each wait longer than the last', async () => {
    const limiter = createSignInLimiter(policy);
    for (let i = 0; i < 3; i++) await fail(limiter, guesser);
    await expect(fail(limiter, guesser)).rejects.toMatchObject({ retryAfterSeconds: 2 });
    vi.advanceTimersByTime(2_001);
    await fail(limiter, guesser);
    await expect(fail(limiter, guesser)).rejects.toMatchObject({ retryAfterSeconds: 4 });
    expect(await limiter.retryAfter(guesser)).toBe(4);
    vi.advanceTimersByTime(4_001);
    await fail(limiter, guesser);
    await expect(fail(limiter, guesser)).rejects.toMatchObject({ retryAfterSeconds: 8 });
  });

  it('never locks out for good: once the wait is over, a try goes through', async () => {
    const limiter = createSignInLimiter(policy);
    for (let i = 0; i < 3; i++) await fail(limiter, guesser);
    await expect(fail(limiter, guesser)).rejects.toBeInstanceOf(RateLimitedError);
    vi.advanceTimersByTime(2_001);
    expect(await limiter.retryAfter(guesser)).toBe(0);
    await expect(limiter.take(guesser)).resolves.toBeUndefined();
  });

  it('does not make the owner wait at another address while one address guesses', async () => {
    const limiter = createSignInLimiter(policy);
    for (let i = 0; i < 3; i++) await fail(limiter, guesser);
    await expect(fail(limiter, guesser)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await limiter.retryAfter(owner)).toBe(0);
    await expect(limiter.take(owner)).resolves.toBeUndefined();
  });

  it('refused tries neither count nor lengthen the wait', async () => {
    const limiter = createSignInLimiter(policy);
    for (let i = 0; i < 3; i++) await fail(limiter, guesser);
    for (let i = 0; i < 20; i++) await expect(fail(limiter, guesser)).rejects.toBeInstanceOf(RateLimitedError);
    vi.advanceTimersByTime(2_001);
    await fail(limiter, guesser);
    // The fifth failure's wait, not the twenty-fifth's.
    await expect(fail(limiter, guesser)).rejects.toMatchObject({ retryAfterSeconds: 4 });
  });

  it('a success forgets the failures of that account and address', async () => {
    const limiter = createSignInLimiter(policy);
    for (let i = 0; i < 3; i++) await fail(limiter, owner);
    vi.advanceTimersByTime(2_001);
    await limiter.take(owner);
    await limiter.succeeded(owner);
    for (let i = 0; i < 3; i++) await expect(fail(limiter, owner)).resolves.toBeUndefined();
  });

  it('spaces out one address’s failures across every account, up to the cap, without a day’s lock for the right password', async () => {
    const limiter = createSignInLimiter(policy);
    const from = (account: string) => ({ account, address: '203.0.113.66' });
    for (let i = 0; i < 10; i++) await fail(limiter, from(`user${i}@example.org`));
    await expect(fail(limiter, from('fresh@example.org'))).rejects.toMatchObject({ retryAfterSeconds: 2 });
    await expect(limiter.take({ account: 'fresh@example.org', address: '192.0.2.1' })).resolves.toBeUndefined();
    vi.advanceTimersByTime(2_001);
    await fail(limiter, from('fresh@example.org'));
    await expect(fail(limiter, from('other@example.org'))).rejects.toMatchObject({ retryAfterSeconds: 4 });
    // Many more guesses, each after its wait: the wait stops growing at the cap.
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(60_001);
      await fail(limiter, from(`later${i}@example.org`));
    }
    expect(await limiter.retryAfter(from('owner@example.org'))).toBe(60);
    await expect(fail(limiter, from('owner@example.org'))).rejects.toMatchObject({ retryAfterSeconds: 60 });
    // The owner at that address, with the right password, is let in once the wait is over.
    vi.advanceTimersByTime(60_001);
    await expect(limiter.take(from('owner@example.org'))).resolves.toBeUndefined();
  });
});
