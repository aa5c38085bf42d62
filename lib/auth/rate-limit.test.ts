import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, createAttemptLimiter, RateLimitedError, unknownAddress } from '@/lib/auth/rate-limit';
import { markClientAddressesStamped } from '@/lib/server/client-address-header.mjs';

const limits = { perAccount: { points: 3, durationSeconds: 60 }, perAddress: { points: 5, durationSeconds: 120 } };

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('createAttemptLimiter', () => {
  it('allows attempts up to the account limit, then says how long to wait', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 3; i++) await limiter.take({ account: 'a@example.org', address: '10.0.0.1' });
    await expect(limiter.take({ account: 'a@example.org', address: '10.0.0.1' })).rejects.toMatchObject({ retryAfterSeconds: 60 });
    vi.advanceTimersByTime(20_000);
    expect(await limiter.retryAfter({ account: 'a@example.org' })).toBe(40);
  });

  it('starts afresh once the window has passed: no permanent lock-out', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 3; i++) await limiter.take({ account: 'a@example.org' });
    await expect(limiter.take({ account: 'a@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    vi.advanceTimersByTime(60_001);
    expect(await limiter.retryAfter({ account: 'a@example.org' })).toBe(0);
    await expect(limiter.take({ account: 'a@example.org' })).resolves.toBeUndefined();
  });

  it('refused attempts do not extend the wait', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 3; i++) await limiter.take({ account: 'a@example.org' });
    vi.advanceTimersByTime(30_000);
    for (let i = 0; i < 10; i++) await expect(limiter.take({ account: 'a@example.org' })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await limiter.retryAfter({ account: 'a@example.org' })).toBe(30);
  });

  it('limits each account separately', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 3; i++) await limiter.take({ account: 'a@example.org' });
    await expect(limiter.take({ account: 'b@example.org' })).resolves.toBeUndefined();
  });

  it('limits one address across many accounts', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 5; i++) await limiter.take({ account: `user${i}@example.org`, address: '10.0.0.1' });
    await expect(limiter.take({ account: 'fresh@example.org', address: '10.0.0.1' })).rejects.toMatchObject({ retryAfterSeconds: 120 });
    await expect(limiter.take({ account: 'fresh@example.org', address: '10.0.0.2' })).resolves.toBeUndefined();
  });

  it('a success clears the account and gives the address its attempt back', async () => {
    const limiter = createAttemptLimiter('test', limits);
    for (let i = 0; i < 3; i++) await limiter.take({ account: 'a@example.org', address: '10.0.0.1' });
    await limiter.succeeded({ account: 'a@example.org', address: '10.0.0.1' });
    expect(await limiter.retryAfter({ account: 'a@example.org' })).toBe(0);
    // The address has counted 2 (3 taken, 1 given back): 3 more fill its 5.
    for (let i = 0; i < 3; i++) await limiter.take({ account: `user${i}@example.org`, address: '10.0.0.1' });
    await expect(limiter.take({ account: 'other@example.org', address: '10.0.0.1' })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('says the wait in its message', () => {
    expect(new RateLimitedError(42).message).toBe('Too many attempts, try again in 42 seconds');
  });
});

describe('clientAddress', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('accord.clientAddressStamped')];
  });

  it('reads the address scripts/serve.mjs stamped on the request', () => {
    markClientAddressesStamped();
    expect(clientAddress(new Headers({ 'x-accord-client-address': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress({ 'x-accord-client-address': '::1' })).toBe('0:0:0:0::/64');
  });

  it('counts an IPv6 client by its /64, which one client usually holds whole, and an IPv4-mapped one as IPv4', () => {
    markClientAddressesStamped();
    const key = (address: string) => clientAddress({ 'x-accord-client-address': address });
    expect(key('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(key('2001:db8:1:2:ffff:eeee:dddd:cccc')).toBe(key('2001:db8:1:2:aaaa::1'));
    expect(key('2001:0DB8:0001:0002::7')).toBe(key('2001:db8:1:2:aaaa::1'));
    expect(key('2001:db8:1:3::1')).not.toBe(key('2001:db8:1:2::1'));
    expect(key('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(key('203.0.113.9')).toBe('203.0.113.9');
  });

  it('never believes X-Forwarded-For, which the client may have written', () => {
    markClientAddressesStamped();
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }))).toBe(unknownAddress);
  });

  it('is the one unknown address when nothing stamped the request', () => {
    markClientAddressesStamped();
    expect(clientAddress(new Headers())).toBe(unknownAddress);
    expect(clientAddress({ 'x-accord-client-address': ' ' })).toBe(unknownAddress);
  });

  it('believes no such header in a process whose server does not stamp every request (next dev, next start)', () => {
    expect(clientAddress(new Headers({ 'x-accord-client-address': '198.51.100.1' }))).toBe(unknownAddress);
  });
});
