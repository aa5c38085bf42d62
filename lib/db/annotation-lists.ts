import 'server-only';
// Annotations of a document in text order: the first selected span's segment (by its position in
// the document), then where the span starts, then when the annotation was made.
import type { Viewer } from '@/lib/annotations/access';
import { encodeCursor } from '@/lib/annotations/list-cursor';
import type { AnnotationCounts, AnnotationList } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { documentContext } from '@/lib/db/annotation-documents';
import { and, filterConditions } from '@/lib/db/annotation-filters';
import { changeVersion, countMatching, everCounted, knownTotal } from '@/lib/db/matching-totals';
import { afterKey, readAnnotations } from '@/lib/db/annotation-rows';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { palette, type AnnotationFilter, type AnnotationListQuery, type Color } from '@/lib/validations/annotation';

/**
 * A page of a document's annotations in text order: one walk along the text-order index (the
 * viewer's own index for scope=mine) from the cursor, hydrated in the same statement; the counts
 * come from the maintained table, and a total is counted only where a free-text or tag filter
 * leaves the table unable to say, once per change.
 */
export async function listAnnotations(slug: string, viewer: Viewer, query: AnnotationListQuery): Promise<AnnotationList> {
  const document = await documentContext(slug);
  const conditions = [Prisma.sql`a."documentId" = ${document.documentId}`, ...filterConditions(viewer, query)];
  if (query.after) conditions.push(afterKey(query.after));
  // Where the maintained counts cannot tell the total, it is counted once per change
  // (lib/db/matching-totals.ts): at once the first time, else only if the log's version moved.
  const filtered = !countsCanTell(query);
  const first = filtered && !everCounted(document.documentId, viewer, query);
  const groupsRead = countGroups(document.documentId, viewer);
  // Sent together: on a server pool they run side by side (the embedded database takes them in turn).
  const [rows, groups, version, counted] = await Promise.all([
    readAnnotations(and(conditions), { limit: query.limit, offset: query.offset }, [document], viewer),
    groupsRead,
    filtered && !first ? changeVersion() : undefined,
    first ? countMatching(document.documentId, viewer, query, groupsRead.then(fingerprint)) : undefined,
  ]);
  const total = !filtered
    ? totalOf(groups, query)
    : (counted ??
      knownTotal(document.documentId, viewer, query, version!, fingerprint(groups)) ??
      (await countMatching(document.documentId, viewer, query, Promise.resolve(fingerprint(groups)))));
  const last = rows.at(-1);
  return {
    items: rows.map((row) => row.annotation),
    total,
    offset: query.offset,
    limit: query.limit,
    nextCursor: last && rows.length === query.limit ? encodeCursor(last.key) : null,
    counts: countsOf(groups, document.content, query.scope),
  };
}

const fingerprint = (groups: CountGroup[]) => JSON.stringify(groups);

type CountGroup = { language: string; color: string; deleted: boolean; mine: boolean; groupId: string | null; n: number };

/**
 * The maintained counts of what `viewer` may read: a few rows per author and group, never a note
 * each. The same rule as readableBy (lib/db/annotation-filters.ts), over the counts' keys: shared,
 * their own, and their groups' (hidden ones only where they moderate), membership looked up now.
 */
function countGroups(documentId: number, viewer: Viewer): Promise<CountGroup[]> {
  const mine = viewer ? Prisma.sql`c."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`;
  const theirGroups = viewer
    ? Prisma.sql`(c.visibility = 'GROUP' AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = ${viewer.id}::uuid AND m."groupId" = c."groupId"
        AND (NOT c.hidden OR m.role <> 'MEMBER')))`
    : Prisma.sql`FALSE`;
  return db().$queryRaw<CountGroup[]>`
    SELECT c.language, c.color, c.deleted, ${mine} AS mine, nullif(c."groupId", ${noGroup}::uuid)::text AS "groupId", sum(c.n)::int AS n
    FROM "AnnotationCount" c
    WHERE c."documentId" = ${documentId} AND c.n <> 0 AND (c.visibility = 'SHARED' OR ${mine} OR ${theirGroups})
    GROUP BY 1, 2, 3, 4, 5`;
}

/** The counts' key for "in no group" (a key column cannot be null). */
const noGroup = '00000000-0000-0000-0000-000000000000';

// Deleted placeholders match scope and language only (see annotation-filters.ts); whether a
// thread is resolved, or compares languages, is not counted.
const countsCanTell = (query: AnnotationListQuery) => !query.tag && !query.q && query.resolved === undefined && !query.crossLanguage;

function totalOf(groups: CountGroup[], query: AnnotationListQuery): number {
  let total = 0;
  for (const group of groups) {
    if (query.scope === 'mine' && !group.mine) continue;
    if (query.group && group.groupId !== query.group) continue;
    if (query.language && group.language !== query.language) continue;
    if (query.color && (group.color !== query.color || group.deleted)) continue;
    total += group.n;
  }
  return total;
}

function countsOf(groups: CountGroup[], content: DocumentContent, scope: AnnotationFilter['scope']): AnnotationCounts {
  const counts: AnnotationCounts = {
    visible: 0,
    mine: 0,
    byLanguage: Object.fromEntries(content.languages.map((l) => [l.code, 0])),
    byColor: Object.fromEntries(palette.map((color) => [color, 0])) as Record<Color, number>,
  };
  for (const group of groups) {
    if (group.deleted) continue;
    counts.visible += group.n;
    if (group.mine) counts.mine += group.n;
    if (scope === 'mine' && !group.mine) continue;
    counts.byLanguage[group.language] = (counts.byLanguage[group.language] ?? 0) + group.n;
    if (group.color in counts.byColor) counts.byColor[group.color as Color] += group.n;
  }
  return counts;
}
