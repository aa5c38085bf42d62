import 'server-only';
// How many notes a filter matches where the maintained counts cannot say (free text, a tag,
// resolved, comparisons). Counting every match costs more than the page itself (30,000 rows for a
// common word among 100,000 notes), and a reader paging through the matches, or a panel refreshed
// by live events, asked for the same count again and again. So it is counted once per change and
// kept, in each process: an entry holds while the live event log's last id is what it was when it
// was counted (every write to a note, a reply or a span, and every membership that ends, adds an
// event in the writer's own transaction) and the viewer's maintained counts are too (they move when
// the viewer joins a group or becomes its moderator, which the log does not record), and for a
// minute at most. Both are read from the database, so every instance on it sees every change.
import { LRUCache } from 'lru-cache';
import type { Viewer } from '@/lib/annotations/access';
import { and, filterConditions } from '@/lib/db/annotation-filters';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { annotationFilterSchema, type AnnotationFilter } from '@/lib/validations/annotation';

type Counted = { version: string; counts: string; total: number; until: number };

// How long a total holds while the version stays: briefly when it was counted beside a running
// writer (see countMatching), else a minute, a bound on any change that went unseen all the same
// (a writer that committed within the counting statement itself).
const unsettledMs = 2_000;
const settledMs = 60_000;

// On globalThis, as the session cache is: Next.js bundles route handlers and pages apart, each with
// its own copy of this module.
const shared = globalThis as unknown as { accordMatchingTotals?: LRUCache<string, Counted> };
shared.accordMatchingTotals ??= new LRUCache({ max: 5_000 });
const counted = shared.accordMatchingTotals;

const filterKeys = Object.keys(annotationFilterSchema.shape) as (keyof AnnotationFilter)[];

/** The cache's key: the document, the viewer and the filter, never the page (after, offset, limit). */
function keyOf(documentId: number, viewer: Viewer, filter: AnnotationFilter): string {
  return JSON.stringify([documentId, viewer?.id ?? null, ...filterKeys.map((key) => filter[key] ?? null)]);
}

/** The live event log's last id: it moves with every change a count could see. */
export async function changeVersion(): Promise<string> {
  const [row] = await db().$queryRaw<{ version: string | null }[]>`SELECT max(id)::text AS version FROM "LiveEvent"`;
  return row?.version ?? 'none';
}

/**
 * A total already counted for this filter, if nothing has changed since: `version` from
 * changeVersion(), `counts` any fingerprint of the viewer's maintained counts read now.
 */
export function knownTotal(documentId: number, viewer: Viewer, filter: AnnotationFilter, version: string, counts: string): number | undefined {
  const entry = counted.get(keyOf(documentId, viewer, filter));
  if (!entry || entry.version !== version || entry.counts !== counts) return undefined;
  return Date.now() < entry.until ? entry.total : undefined;
}

/** Whether a total was ever counted for this filter (when not, counting need not wait for the version). */
export function everCounted(documentId: number, viewer: Viewer, filter: AnnotationFilter): boolean {
  return counted.has(keyOf(documentId, viewer, filter));
}

/**
 * Counts the matches and keeps the total under the log's version read in the same statement (one
 * snapshot). An event id is taken when a writer inserts, not when it commits, so a writer still
 * running at that snapshot could commit an id below the version read, and the version would not
 * move: a total counted while another session of this database was in a writing transaction holds
 * for `unsettledMs` only. (The snapshot cannot tell: a writer whose id is above its xmax is not listed.)
 */
export async function countMatching(documentId: number, viewer: Viewer, filter: AnnotationFilter, counts: Promise<string>): Promise<number> {
  // Observed at once: if the counts fail, the request fails through its own read of them, and
  // nothing is kept; a rejection must not go unhandled if the count below fails first.
  const fingerprint = counts.catch(() => undefined);
  const where = and([Prisma.sql`a."documentId" = ${documentId}`, ...filterConditions(viewer, filter)]);
  const [row] = await db().$queryRaw<{ total: number; version: string | null; settled: boolean }[]>`
    SELECT count(*)::int AS total, (SELECT max(id)::text FROM "LiveEvent") AS version,
      NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()) AS settled
    FROM "Annotation" a WHERE ${where}`;
  const total = row?.total ?? 0;
  const countsNow = await fingerprint;
  if (countsNow !== undefined) {
    counted.set(keyOf(documentId, viewer, filter), {
      version: row?.version ?? 'none',
      counts: countsNow,
      total,
      until: Date.now() + (row?.settled ? settledMs : unsettledMs),
    });
  }
  return total;
}
