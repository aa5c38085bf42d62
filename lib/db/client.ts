import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { env } from '@/lib/env';

// One client per process; dev-mode hot reloads would otherwise open a pool each time.
const globalForPrisma = globalThis as unknown as { accordPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.accordPrisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_MAX);
  return globalForPrisma.accordPrisma;
}
