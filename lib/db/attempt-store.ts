import 'server-only';
// Where sign-in and sign-up attempts are counted (lib/auth/rate-limit.ts): the "AttemptLimit"
// table, through rate-limiter-flexible's Prisma store, so that every process of a server and
// every instance on the same database counts the same attempts. The store adds to a row's points
// in the database (an upsert with increment), so that concurrent attempts are all counted.
import { RateLimiterPrisma } from 'rate-limiter-flexible';
import type { LimiterStore } from '@/lib/auth/rate-limited';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db/client';

/** A limiter store on `prisma` (tests pass their own database's client). */
export const attemptStoreOn =
  (prisma: PrismaClient): LimiterStore =>
  (options) =>
    new RateLimiterPrisma({ ...options, storeClient: prisma, tableName: 'attemptLimit' });

export const attemptStore: LimiterStore = (options) => attemptStoreOn(db())(options);
