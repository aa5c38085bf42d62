// Brings a database up to what the app needs: the committed migrations, content/ mirrored, and
// (on the embedded database) the demo account. Each is done only when the cheap checks of
// lib/db/start-checks.ts say it is missing, so the schema engine and the Prisma client are loaded
// only then. Used by the launcher and by `npm run seed`.
import pg from 'pg';
import type { ContentSummary } from '@/lib/content/content-summary';
import type { DocumentContent } from '@/lib/content/types';
import { demoUser } from '@/lib/db/demo-user';
import { committedMigrations, contentInSync, migrationsUpToDate, readSyncedRows, userExists } from '@/lib/db/start-checks';

export type Prepared = {
  /** Migrations applied now (empty when the database was up to date). */
  applied: string[];
  /** Whether content had to be written (false: the database already mirrored content/). */
  synced: boolean;
  demoUserCreated: boolean;
  /** Seconds spent per step that ran: checks, migrations, sync. */
  timings: Record<string, number>;
};

export async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function timed<T>(timings: Record<string, number>, label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = (performance.now() - start) / 1000;
  }
}

/**
 * What to mirror: the documents, or their summary (lib/content/content-summary.ts) and how to load
 * them, for a start that has not parsed content/ and only needs to when the database differs.
 */
export type ContentToSync = { summary: ContentSummary[]; load(): Promise<DocumentContent[]> };

export const loadedContent = (documents: DocumentContent[]): ContentToSync => ({ summary: documents, load: async () => documents });

export async function prepareDatabase(databaseUrl: string, content: ContentToSync, options: { demoUser: boolean }): Promise<Prepared> {
  const timings: Record<string, number> = {};
  // One connection at a time throughout: embedded PGlite serves one session.
  const state = await timed(timings, 'checks', async () => {
    const committed = await committedMigrations();
    return withClient(databaseUrl, async (client) => {
      if (!(await migrationsUpToDate(client, committed))) return { migrated: false, synced: false, demo: false };
      const synced = contentInSync(await readSyncedRows(client), content.summary);
      return { migrated: true, synced, demo: !options.demoUser || (await userExists(client, demoUser.email)) };
    });
  });
  const applied = state.migrated ? [] : await timed(timings, 'migrations', async () => (await import('@/lib/db/schema-engine')).applyMigrations(databaseUrl));
  let demoUserCreated = false;
  if (!state.synced || !state.demo) {
    await timed(timings, 'sync', async () => {
      const { createPrismaClient } = await import('@/lib/db/create-client');
      const prisma = createPrismaClient(databaseUrl, 1);
      try {
        if (!state.synced) await (await import('@/lib/db/sync-content')).syncContent(prisma, await content.load());
        if (options.demoUser && !state.demo) demoUserCreated = await (await import('@/lib/db/demo-user')).ensureDemoUser(prisma);
      } finally {
        await prisma.$disconnect();
      }
    });
  }
  return { applied, synced: !state.synced, demoUserCreated, timings };
}
