// Failed sign-ins, counted per account *and* address: guesses from one place slow down guesses
// from that place only, so that no one can lock an owner out of their account from elsewhere
// (OWASP ASVS 6.3). After a few free failures each further try waits longer than the last
// (2 s, 4 s, 8 s, … up to a cap) instead of a hard lock: the right password is accepted once the
// wait is over. One address may also fail only so often across all accounts (password spraying):
// past that, its tries are spaced out the same way, growing up to the same cap, rather than
// refused for the rest of the day; a day's lock would keep the owner who shares that address
// (an office, a household) out even with the right password. Spraying still slows to one guess
// per maxDelaySeconds from that address, and the owner waits at most as long.
// Counts live in a rate-limiter-flexible store: the database for the app (lib/db/attempt-store.ts),
// so every process and instance shares them.
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError, type LimiterStore } from '@/lib/auth/rate-limited';

export type SignInKeys = { account: string; address: string };

export type SignInPolicy = {
  /** Failures per account and address before tries are spaced out (the last of them earns the first wait). */
  freeFailures: number;
  /** The first wait; each further failure doubles it, up to maxDelaySeconds. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** How long failures are remembered after the first one (a success forgets them at once). */
  memorySeconds: number;
  /** Failures one address may make across every account before its tries are spaced out as well. */
  perAddress: number;
};

export const signInPolicy: SignInPolicy = { freeFailures: 5, firstDelaySeconds: 2, maxDelaySeconds: 15 * 60, memorySeconds: 24 * 60 * 60, perAddress: 100 };

/** The wait before the next try after `failures` failures in a row (0 while they are free, below `free`). */
export function delayAfter(failures: number, policy: SignInPolicy = signInPolicy, free = policy.freeFailures): number {
  if (failures < free) return 0;
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** (failures - free));
}

const inMemory: LimiterStore = (options) => new RateLimiterMemory(options);

export function createSignInLimiter(policy: SignInPolicy = signInPolicy, store: LimiterStore = inMemory) {
  // Points are only counted here, never refused by the store itself, so their ceiling is moot.
  const failures = store({ keyPrefix: 'sign-in:failures', points: 1_000_000, duration: policy.memorySeconds });
  // One try per wait: a try that would be the `freeFailures`-th failure or later opens a window as
  // long as the wait its failure earns, and no other try passes until that window closes (the
  // store's atomic count lets exactly one of any tries that arrive at once through).
  const gate = store({ keyPrefix: 'sign-in:gate', points: 1, duration: policy.firstDelaySeconds });
  const address = store({ keyPrefix: 'sign-in:address', points: 1_000_000, duration: policy.memorySeconds });
  // The same one-try-per-wait gate for an address past its `perAddress` failures.
  const addressGate = store({ keyPrefix: 'sign-in:address-gate', points: 1, duration: policy.firstDelaySeconds });
  const pair = ({ account, address }: SignInKeys) => JSON.stringify([account, address]);
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

  async function waitOf(limiter: RateLimiterAbstract, key: string, spentAt: number): Promise<number> {
    const state = await limiter.get(key);
    return state && state.consumedPoints >= spentAt && state.msBeforeNext > 0 ? seconds(state.msBeforeNext) : 0;
  }

  return {
    /** Seconds until these keys may try again; 0 when they may now. */
    async retryAfter(keys: SignInKeys): Promise<number> {
      const failed = (await failures.get(pair(keys)))?.consumedPoints ?? 0;
      const fromAddress = (await address.get(keys.address))?.consumedPoints ?? 0;
      const gated = failed >= policy.freeFailures ? await waitOf(gate, pair(keys), 1) : 0;
      return Math.max(gated, fromAddress >= policy.perAddress ? await waitOf(addressGate, keys.address, 1) : 0);
    },

    /**
     * Counts this try as a failure until `succeeded` says otherwise (counting first, so that tries
     * in parallel, in any process, cannot all pass one check), or throws RateLimitedError when it
     * must wait; a refused try is taken back, so it neither counts nor lengthens the wait.
     */
    async take(keys: SignInKeys): Promise<void> {
      const key = pair(keys);
      const failed = (await failures.penalty(key)).consumedPoints;
      const fromAddress = (await address.penalty(keys.address)).consumedPoints;
      let wait = 0;
      let addressGated = false;
      let gated = false;
      if (fromAddress >= policy.perAddress) {
        const opened = await addressGate.penalty(keys.address, 1, { customDuration: delayAfter(fromAddress, policy, policy.perAddress) });
        addressGated = true;
        if (opened.consumedPoints > 1) wait = seconds(opened.msBeforeNext);
      }
      if (wait === 0 && failed >= policy.freeFailures) {
        const opened = await gate.penalty(key, 1, { customDuration: delayAfter(failed, policy) });
        gated = true;
        if (opened.consumedPoints > 1) wait = seconds(opened.msBeforeNext);
      }
      if (wait === 0) return;
      await failures.reward(key);
      await address.reward(keys.address);
      if (addressGated) await addressGate.reward(keys.address);
      if (gated) await gate.reward(key);
      throw new RateLimitedError(wait);
    },

    /** After the right password: this account and address start afresh, the address gets its try back. */
    async succeeded(keys: SignInKeys): Promise<void> {
      await failures.delete(pair(keys));
      await gate.delete(pair(keys));
      await address.reward(keys.address);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
