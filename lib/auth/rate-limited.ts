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

/** 429 with Retry-After, for a route handler that caught RateLimitedError. */
export function rateLimitedResponse(error: RateLimitedError): Response {
  return Response.json(
    { error: `Too many attempts, try again in ${error.retryAfterSeconds} seconds.`, retryAfter: error.retryAfterSeconds },
    { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
  );
}
