import 'server-only';
// Annotations read whole in one statement, for lists, single reads and exports alike: a page of
// rows is picked first (its LIMIT inside), and only those rows get their author, targets and
// replies, aggregated as JSON in LATERAL subqueries where Prisma's `include` would send a query
// per relation. Targets and replies travel as positional arrays (PostgreSQL builds them at about
// half the cost of keyed objects), dates as ISO strings written by PostgreSQL. Reshaped here
// into the app's Annotation, each span with the anchor content sync stored for it (never
// re-anchored on a read).
import { worstStatus, type AnchorStatus } from '@/lib/anchoring/anchor-target';
import { storedAnchor } from '@/lib/anchoring/stored-anchor';
import type { TextOrderKey } from '@/lib/annotations/list-cursor';
import { segmentTexts, textKey } from '@/lib/content/text-keys';
import type { Annotation, AnnotationTarget, Reply } from '@/lib/annotations/types';
import type { DocumentContext } from '@/lib/db/annotation-documents';
import type { Viewer } from '@/lib/annotations/access';
import { replyReadableBy } from '@/lib/db/annotation-filters';
import { importedFromOf, toVisibility, type StoredVisibility } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Color } from '@/lib/validations/annotation';

type TargetJson = [
  segment: number,
  language: string,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
  status: AnchorStatus,
  anchorStart: number | null,
  anchorEnd: number | null,
  witness: string,
];
type ReplyJson = [
  id: string,
  authorId: string,
  authorName: string,
  body: string,
  createdAt: string,
  updatedAt: string,
  // Credit of an imported reply (all null when it has none).
  importedFromId: string | null,
  importedFromCreator: string | null,
  importedFromCreatorName: string | null,
  importedFromCreated: string | null,
  hidden: boolean,
];

type Row = TextOrderKey & {
  documentId: number;
  language: string;
  color: string;
  comment: string;
  tags: string[];
  visibility: StoredVisibility;
  groupId: string | null;
  groupName: string | null;
  resolvedAt: string | null;
  resolvedById: string | null;
  resolvedByName: string | null;
  reopenedAt: string | null;
  reopenedById: string | null;
  reopenedByName: string | null;
  hidden: boolean;
  authorId: string;
  authorName: string;
  updatedAt: string;
  deleted: boolean;
  targets: TargetJson[];
  replies: ReplyJson[];
  importedFromId: string | null;
  importedFromCreator: string | null;
  importedFromCreatorName: string | null;
  importedFromCreated: string | null;
};

type AnnotationWithKey = { annotation: Annotation; key: TextOrderKey };

/** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it (columns are UTC timestamp(3)). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const textOrder = Prisma.sql`a."firstPosition", a."firstSegmentId", a."firstStart", a."createdAt", a.id`;

/** Rows of "Annotation" a after `key` in text order (a condition for a keyset page). */
export const afterKey = (key: TextOrderKey) =>
  Prisma.sql`(a."firstPosition", a."firstSegmentId", a."firstStart", a."createdAt", a.id)
    > (${key.firstPosition}, ${key.firstSegmentId}, ${key.firstStart}, ${key.createdAt}::timestamp(3), ${key.id}::uuid)`;

/**
 * The annotations that `where` (conditions on "Annotation" a) selects, a page in text order,
 * hydrated with the replies `viewer` may read. `where` decides which annotations `viewer` may
 * read (readableBy, or the caller's check). `documents` are the contexts the rows may belong to
 * (their segments and texts); a row of any other document is left out.
 */
export async function readAnnotations(
  where: Prisma.Sql,
  { limit, offset = 0 }: { limit: number; offset?: number },
  documents: DocumentContext[],
  viewer: Viewer,
): Promise<AnnotationWithKey[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT a.id::text AS id, a."documentId", a.language, a.color, a.comment, a.tags, a.visibility::text AS visibility,
      u.id::text AS "authorId", u.name AS "authorName", a."groupId"::text AS "groupId", g.name AS "groupName",
      ${iso(Prisma.sql`a."resolvedAt"`)} AS "resolvedAt", a."resolvedById"::text AS "resolvedById", rb.name AS "resolvedByName", a."hiddenAt" IS NOT NULL AS hidden,
      ${iso(Prisma.sql`a."reopenedAt"`)} AS "reopenedAt", a."reopenedById"::text AS "reopenedById", ob.name AS "reopenedByName",
      ${iso(Prisma.sql`a."createdAt"`)} AS "createdAt", ${iso(Prisma.sql`a."updatedAt"`)} AS "updatedAt",
      a."deletedAt" IS NOT NULL AS deleted, a."firstPosition", a."firstSegmentId", a."firstStart", t.targets, r.replies,
      a."importedFromId", a."importedFromCreator", a."importedFromCreatorName", ${iso(Prisma.sql`a."importedFromCreated"`)} AS "importedFromCreated"
    FROM (SELECT a.* FROM "Annotation" a WHERE ${where} ORDER BY ${textOrder} LIMIT ${limit} OFFSET ${offset}) a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Group" g ON g.id = a."groupId"
    LEFT JOIN "User" rb ON rb.id = a."resolvedById"
    LEFT JOIN "User" ob ON ob.id = a."reopenedById"
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_array(t."segmentId", t.language, t.start, t."end", t.exact, t.prefix, t.suffix, t."anchorStatus", t."anchorStart", t."anchorEnd", t.witness) ORDER BY t.ordinal), '[]'::json) AS targets
      FROM "AnnotationTarget" t
      WHERE t."annotationId" = a.id
    ) t
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_array(
        r.id, ru.id, ru.name, r.body, ${iso(Prisma.sql`r."createdAt"`)}, ${iso(Prisma.sql`r."updatedAt"`)},
        r."importedFromId", r."importedFromCreator", r."importedFromCreatorName", ${iso(Prisma.sql`r."importedFromCreated"`)},
        r."hiddenAt" IS NOT NULL) ORDER BY r."createdAt", r.id), '[]'::json) AS replies
      FROM "Reply" r JOIN "User" ru ON ru.id = r."authorId"
      WHERE r."annotationId" = a.id AND ${replyReadableBy(viewer)}
    ) r
    ORDER BY ${textOrder}`;
  const byId = new Map(documents.map((document) => [document.documentId, shapeOf(document)]));
  // A document that has left content/ has no context: its annotations cannot be shown.
  return rows.flatMap((row) => {
    const shape = byId.get(row.documentId);
    return shape ? [{ annotation: toAnnotation(row, shape), key: keyOf(row) }] : [];
  });
}

type Shape = { slug: string; texts: Map<string, Record<string, string>>; segments: Map<number, { key: string; position: number }> };

// Kept per context object, so that an export of many pages builds its lookups once.
const shapes = new WeakMap<DocumentContext, Shape>();

function shapeOf(document: DocumentContext): Shape {
  let shape = shapes.get(document);
  if (!shape) {
    shape = {
      slug: document.content.slug,
      texts: segmentTexts(document.content),
      segments: new Map([...document.segments].map(([key, { id, position }]) => [id, { key, position }])),
    };
    shapes.set(document, shape);
  }
  return shape;
}

const keyOf = (row: Row): TextOrderKey => ({
  firstPosition: row.firstPosition,
  firstSegmentId: row.firstSegmentId,
  firstStart: row.firstStart,
  createdAt: row.createdAt,
  id: row.id,
});

function toAnnotation(row: Row, { slug, texts, segments }: Shape): Annotation {
  const targets = row.targets.map(([segmentRowId, language, start, end, exact, prefix, suffix, status, anchorStart, anchorEnd, witness]): AnnotationTarget => {
    const segment = segments.get(segmentRowId);
    // Targets point at their own document's segments (foreign keys, never deleted): a miss is a bug.
    if (!segment) throw new Error(`annotation ${row.id} points at segment ${segmentRowId}, which is not in document "${slug}"`);
    const stored = { start, end, exact, prefix, suffix };
    return {
      segmentId: segment.key,
      segmentPosition: segment.position,
      language,
      witness,
      ...stored,
      anchor: storedAnchor(stored, { status, start: anchorStart, end: anchorEnd }, texts.get(segment.key)?.[textKey(language, witness)]),
    };
  });
  return {
    id: row.id,
    documentSlug: slug,
    language: row.language,
    color: row.color as Color,
    comment: row.comment,
    tags: row.tags,
    visibility: toVisibility(row.visibility),
    group: row.groupId ? { id: row.groupId, name: row.groupName ?? '' } : null,
    groupId: row.groupId,
    author: { id: row.authorId, name: row.authorName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedAt && row.resolvedById ? { id: row.resolvedById, name: row.resolvedByName ?? '' } : null,
    reopenedAt: row.reopenedAt,
    reopenedBy: row.reopenedAt && row.reopenedById ? { id: row.reopenedById, name: row.reopenedByName ?? '' } : null,
    hidden: row.hidden,
    deleted: row.deleted,
    status: worstStatus(targets.map((target) => target.anchor.status)),
    targets,
    replies: row.replies.map(
      ([
        id,
        authorId,
        authorName,
        body,
        createdAt,
        updatedAt,
        importedFromId,
        importedFromCreator,
        importedFromCreatorName,
        importedFromCreated,
        hidden,
      ]): Reply => ({
        id,
        author: { id: authorId, name: authorName },
        body,
        createdAt,
        updatedAt,
        ...importedFromOf({ importedFromId, importedFromCreator, importedFromCreatorName, importedFromCreated }),
        hidden,
      }),
    ),
    ...importedFromOf(row),
  };
}
