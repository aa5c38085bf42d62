// Sign-up attempts, limited per account (email) and per client address; the limiter store shared
// with sign-in's (lib/auth/sign-in-limit.ts); and the client's address.
// rate-limiter-flexible counts in a window that opens at a key's first attempt; when it closes
// the key starts afresh, so nobody is ever locked out for good. The app counts in the database
// (lib/db/attempt-store.ts): with several processes or instances, counts kept in each process's
// memory would let each of them take its own share of guesses.
import ipaddr from 'ipaddr.js';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createSignInLimiter, signInPolicy, type SignInLimiter } from '@/lib/auth/sign-in-limit';
import { attemptStore } from '@/lib/db/attempt-store';
import { limitsEnv } from '@/lib/env';
import { RateLimitedError, type LimiterStore } from '@/lib/auth/rate-limited';
import { clientAddressesStamped, clientAddressHeader } from '@/lib/server/client-address-header.mjs';

export { RateLimitedError, type LimiterStore };

export type Limit = { points: number; durationSeconds: number };
export type AttemptKeys = { account?: string; address?: string };

const inMemory: LimiterStore = (options) => new RateLimiterMemory(options);

export function createAttemptLimiter(name: string, limits: { perAccount: Limit; perAddress: Limit }, store: LimiterStore = inMemory) {
  const make = (scope: string, limit: Limit) => store({ keyPrefix: `${name}:${scope}`, points: limit.points, duration: limit.durationSeconds });
  const limiters = { account: make('account', limits.perAccount), address: make('address', limits.perAddress) };
  const present = (keys: AttemptKeys) =>
    (Object.keys(limiters) as (keyof typeof limiters)[]).flatMap((scope) => {
      const key = keys[scope];
      return key ? [{ limiter: limiters[scope], key }] : [];
    });

  return {
    /** Seconds until the next attempt is allowed for these keys; 0 when allowed now. */
    async retryAfter(keys: AttemptKeys): Promise<number> {
      let wait = 0;
      for (const { limiter, key } of present(keys)) {
        const state = await limiter.get(key);
        if (state && state.msBeforeNext > 0 && state.consumedPoints >= limiter.points) {
          wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
        }
      }
      return wait;
    },
    /**
     * Counts this attempt, or throws RateLimitedError when a key is spent. It counts first and
     * looks at the count after, so that parallel attempts (in any process) cannot all pass one
     * check before any is counted; a refused attempt is taken back, so it neither counts nor
     * extends the wait.
     */
    async take(keys: AttemptKeys): Promise<void> {
      const counted: { limiter: RateLimiterAbstract; key: string }[] = [];
      let wait = 0;
      for (const { limiter, key } of present(keys)) {
        const state = await limiter.penalty(key);
        counted.push({ limiter, key });
        if (state.consumedPoints > limiter.points) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
      }
      if (wait === 0) return;
      for (const { limiter, key } of counted) await limiter.reward(key);
      throw new RateLimitedError(wait);
    },
    /**
     * After a successful sign-in: the account starts afresh and the address gets its attempt
     * back, so that only failures add up (many readers may share one address).
     */
    async succeeded(keys: AttemptKeys): Promise<void> {
      if (keys.account) await limiters.account.delete(keys.account);
      if (keys.address) await limiters.address.reward(keys.address);
    },
  };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;

// One set per process: kept on globalThis because Next may load this module once per route bundle.
const globalLimiters = globalThis as unknown as { accordAttemptLimiters?: { signIn: SignInLimiter; signUp: AttemptLimiter } };

/** The app's limiters, counting in the database. */
export function attemptLimiters() {
  globalLimiters.accordAttemptLimiters ??= {
    // Failed sign-ins: per account and address, with growing waits (lib/auth/sign-in-limit.ts).
    signIn: createSignInLimiter(signInPolicy, attemptStore),
    // Every sign-up attempt counts: each success creates an account.
    signUp: createAttemptLimiter(
      'sign-up',
      {
        perAccount: { points: 5, durationSeconds: 60 * 60 },
        perAddress: { points: limitsEnv().ACCORD_SIGNUPS_PER_ADDRESS, durationSeconds: 60 * 60 },
      },
      attemptStore,
    ),
  };
  return globalLimiters.accordAttemptLimiters;
}

/**
 * Stands for every request whose address no one told the app (a server other than
 * scripts/serve.mjs, such as `next dev`): they all share one address's limits, which is safe,
 * where believing a header the client may have sent would not be.
 */
export const unknownAddress = 'unknown';

/**
 * One client's share of an IPv6 network: its /64. Whoever holds an IPv6 address usually holds the
 * whole /64 around it (the standard end-site prefix), and could take a fresh address per attempt
 * and so a fresh count. An IPv4 address, or an IPv4-mapped IPv6 one (::ffff:a.b.c.d), stands for itself.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}

/**
 * The client's address as scripts/serve.mjs found it (lib/server/client-address.mjs: the socket's,
 * or what a trusted proxy said), as the limits count it (addressKey). Never X-Forwarded-For
 * itself: Next.js passes on one the client sent.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  if (!clientAddressesStamped()) return unknownAddress;
  const raw = headers instanceof Headers ? headers.get(clientAddressHeader) : headers[clientAddressHeader];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? addressKey(value) : unknownAddress;
}

export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
