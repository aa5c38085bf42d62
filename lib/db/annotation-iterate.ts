import 'server-only';
// Every annotation of a document that a viewer may read, in text order, for the exports: the
// first selected span's segment (by its position in the document), then where that span starts,
// then when the annotation was made.
//
// Exports read every row, so this is built for throughput and flat memory:
// - one SQL statement per page: the annotation with its author, and its targets and replies
//   (with their authors) aggregated as JSON in LATERAL subqueries, instead of a query per relation;
// - keyset pages (never OFFSET) per segment, over the index on (firstSegmentId, firstStart), so a
//   page costs the same at the end of the export as at the start, and only one page is in memory;
// - dates formatted as ISO strings by PostgreSQL (no Date objects per row).
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import type { Viewer } from '@/lib/annotations/access';
import type { Annotation, AnnotationTarget, Reply } from '@/lib/annotations/types';
import { documentContext } from '@/lib/db/annotation-documents';
import { and, filterConditions } from '@/lib/db/annotation-filters';
import { toVisibility } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnnotationFilter, Color } from '@/lib/validations/annotation';

// Targets and replies come as JSON arrays of positional arrays: PostgreSQL builds them at about
// half the cost of objects with keys, and they are half the bytes to send and parse.
type TargetJson = [segment: number, start: number, end: number, exact: string, prefix: string, suffix: string];
type ReplyJson = [id: string, authorId: string, authorName: string, body: string, createdAt: string, updatedAt: string];

type PageRow = {
  id: string;
  language: string;
  color: string;
  comment: string;
  tags: string[];
  visibility: 'PRIVATE' | 'SHARED';
  authorId: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  firstStart: number;
  targets: TargetJson[];
  replies: ReplyJson[];
};

/** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it (columns are UTC timestamp(3)). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One page: the keyset scan picks the page's rows first (LIMIT inside), and only those rows get
 * their author, targets and replies; with the LATERALs outside, PostgreSQL would aggregate every
 * remaining row of the segment before sorting and cutting the page.
 */
function pageQuery(segmentId: number, where: Prisma.Sql, after: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id::text AS id, a.language, a.color, a.comment, a.tags, a.visibility::text AS visibility,
      u.id::text AS "authorId", u.name AS "authorName",
      ${iso(Prisma.sql`a."createdAt"`)} AS "createdAt", ${iso(Prisma.sql`a."updatedAt"`)} AS "updatedAt",
      a.deleted, a."firstStart", t.targets, r.replies
    FROM (
      SELECT a.id, a.language, a.color, a.comment, a.tags, a.visibility, a."authorId", a."createdAt", a."updatedAt",
        a."deletedAt" IS NOT NULL AS deleted, a."firstStart"
      FROM "Annotation" a
      WHERE a."firstSegmentId" = ${segmentId} AND ${where} ${after}
      ORDER BY a."firstStart", a."createdAt", a.id
      LIMIT ${limit}
    ) a
    JOIN "User" u ON u.id = a."authorId"
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_array(t."segmentId", t.start, t."end", t.exact, t.prefix, t.suffix) ORDER BY t.ordinal), '[]'::json) AS targets
      FROM "AnnotationTarget" t
      WHERE t."annotationId" = a.id
    ) t
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_array(
        r.id, ru.id, ru.name, r.body, ${iso(Prisma.sql`r."createdAt"`)}, ${iso(Prisma.sql`r."updatedAt"`)}) ORDER BY r."createdAt", r.id), '[]'::json) AS replies
      FROM "Reply" r JOIN "User" ru ON ru.id = r."authorId"
      WHERE r."annotationId" = a.id
    ) r
    ORDER BY a."firstStart", a."createdAt", a.id`;
}

/** Segment rows by id (targets name them so), from the document's context. */
type SegmentKeys = Map<number, { key: string; position: number }>;

type Texts = Map<string, Record<string, string>>;

/** The row as the app's Annotation, re-anchored against the current text like every other read. */
function toAnnotation(row: PageRow, slug: string, texts: Texts, segments: SegmentKeys): Annotation {
  const targets = row.targets.map(([segmentRowId, start, end, exact, prefix, suffix]): AnnotationTarget => {
    const segment = segments.get(segmentRowId);
    // Targets point at their own document's segments (foreign keys, never deleted): a miss is a bug.
    if (!segment) throw new Error(`annotation ${row.id} points at segment ${segmentRowId}, which is not in document "${slug}"`);
    const stored = { start, end, exact, prefix, suffix };
    return { segmentId: segment.key, segmentPosition: segment.position, language: row.language, ...stored, anchor: anchorTarget(texts.get(segment.key)?.[row.language], stored) };
  });
  return {
    id: row.id,
    documentSlug: slug,
    language: row.language,
    color: row.color as Color,
    comment: row.comment,
    tags: row.tags,
    visibility: toVisibility(row.visibility),
    author: { id: row.authorId, name: row.authorName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deleted: row.deleted,
    status: targets.some((target) => target.anchor.status === 'orphaned') ? 'orphaned' : 'anchored',
    targets,
    replies: row.replies.map(
      ([id, authorId, authorName, body, createdAt, updatedAt]): Reply => ({ id, author: { id: authorId, name: authorName }, body, createdAt, updatedAt }),
    ),
  };
}

/**
 * Every annotation of a document that `viewer` may read and `filter` selects, in text order,
 * one page at a time. Walks the segments in document order and, inside each, follows the index
 * on (firstSegmentId, firstStart).
 */
export async function* iterateAnnotations(
  slug: string,
  viewer: Viewer,
  filter: AnnotationFilter,
  { batchSize = 500 }: { batchSize?: number } = {},
): AsyncGenerator<Annotation> {
  const document = await documentContext(slug);
  const texts: Texts = new Map(document.content.segments.map((segment) => [segment.id, segment.texts]));
  const keys: SegmentKeys = new Map([...document.segments].map(([key, { id, position }]) => [id, { key, position }]));
  const segments = [...document.segments.values()].sort((a, b) => a.position - b.position || a.id - b.id);
  const where = and(filterConditions(viewer, filter));
  for (const segment of segments) {
    let after = Prisma.empty;
    for (;;) {
      const page = await db().$queryRaw<PageRow[]>(pageQuery(segment.id, where, after, batchSize));
      for (const row of page) yield toAnnotation(row, document.content.slug, texts, keys);
      const last = page.at(-1);
      if (!last || page.length < batchSize) break;
      after = Prisma.sql`AND (a."firstStart", a."createdAt", a.id) > (${last.firstStart}, ${last.createdAt}::timestamp(3), ${last.id}::uuid)`;
    }
  }
}
