// What every attempt limiter shares: its error and how it gets a rate-limiter-flexible store.
import type { IRateLimiterStoreOptions, RateLimiterAbstract } from 'rate-limiter-flexible';

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts, try again in ${retryAfterSeconds} seconds`);
    this.name = 'RateLimitedError';
  }
}

/** Makes one rate-limiter-flexible limiter with these options (memory in tests, the database in the app). */
export type LimiterStore = (options: Pick<IRateLimiterStoreOptions, 'keyPrefix' | 'points' | 'duration'>) => RateLimiterAbstract;
