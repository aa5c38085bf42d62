// Not marked server-only: the launcher (scripts/start.ts) and tests build clients too.
// App code gets its client from lib/db/client.ts.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** `onQuery` sees every statement the client sends (the statement-count tests use it). */
export function createPrismaClient(connectionString: string, max = 1, { onQuery }: { onQuery?: (sql: string, params: string) => void } = {}): PrismaClient {
  const adapter = new PrismaPg(
    // With one connection (embedded PGlite) keep it open: reconnecting gains nothing there.
    { connectionString, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: max === 1 ? 0 : 30_000 },
    {
      // Without these, a server restart emits an unhandled 'error' and takes Node down.
      // The failed query itself still rejects, and the route answers 503.
      onPoolError: (error) => console.warn(`database pool: ${error.message}`),
      onConnectionError: (error) => console.warn(`database connection: ${error.message}`),
    },
  );
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query, event.params));
  return client;
}
