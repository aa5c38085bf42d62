import 'server-only';
// How many notes a filter matches where the maintained counts cannot say (free text, a tag,
// resolved, comparisons). Counting every match costs more than the page itself (30,000 rows for a
// common word among 100,000 notes), and a reader paging through the matches, or a panel refreshed
// by live events, asked for the same count again and again. So it is counted once per change and
// kept, in each process: an entry holds while the live event log's last id is what it was when it
// was counted (every write to a note, a reply or a span, and every membership that ends, adds an
// event in the writer's own transaction) and the viewer's maintained counts are too (they move when
// the viewer joins a group or becomes its moderator, which the log does not record). Both are read
// from the database, so every instance on it sees every change.
import { LRUCache } from 'lru-cache';
import type { Viewer } from '@/lib/annotations/access';
import { and, filterConditions } from '@/lib/db/annotation-filters';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { annotationFilterSchema, type AnnotationFilter } from '@/lib/validations/annotation';

type Counted = { version: string; counts: string; total: number };

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
  return entry && entry.version === version && entry.counts === counts ? entry.total : undefined;
}

/** Whether a total was ever counted for this filter (when not, counting need not wait for the version). */
export function everCounted(documentId: number, viewer: Viewer, filter: AnnotationFilter): boolean {
  return counted.has(keyOf(documentId, viewer, filter));
}

/**
 * Counts the matches and keeps the total under the log's version read in the same statement (one
 * snapshot: a change committed after it moves the version, so the next request counts again).
 */
export async function countMatching(documentId: number, viewer: Viewer, filter: AnnotationFilter, counts: Promise<string>): Promise<number> {
  // Observed at once: if the counts fail, the request fails through its own read of them, and
  // nothing is kept; a rejection must not go unhandled if the count below fails first.
  const fingerprint = counts.catch(() => undefined);
  const where = and([Prisma.sql`a."documentId" = ${documentId}`, ...filterConditions(viewer, filter)]);
  const [row] = await db().$queryRaw<{ total: number; version: string | null }[]>`
    SELECT count(*)::int AS total, (SELECT max(id)::text FROM "LiveEvent") AS version FROM "Annotation" a WHERE ${where}`;
  const total = row?.total ?? 0;
  const countsNow = await fingerprint;
  if (countsNow !== undefined) counted.set(keyOf(documentId, viewer, filter), { version: row?.version ?? 'none', counts: countsNow, total });
  return total;
}
