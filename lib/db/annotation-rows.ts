import 'server-only';
// Annotations read whole in one statement: each row carries its author, its targets (with their
// segments) and its replies (with their authors) aggregated as JSON, where Prisma's `include`
// would send a query per relation. Reshaped here into the app's Annotation, re-anchored against
// the current content like every annotation that leaves the data layer.
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import type { TextOrderKey } from '@/lib/annotations/list-cursor';
import type { Annotation, AnnotationTarget } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { toVisibility } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Color } from '@/lib/validations/annotation';


type TargetJson = { segment: string; position: number; start: number; end: number; exact: string; prefix: string; suffix: string };
type ReplyJson = { id: string; authorId: string; authorName: string; body: string; createdAt: string; updatedAt: string };

type Row = TextOrderKey & {
  slug: string;
  authorId: string;
  authorName: string;
  language: string;
  color: string;
  comment: string;
  tags: string[];
  visibility: 'PRIVATE' | 'SHARED';
  updatedAt: string;
  deleted: boolean;
  targets: TargetJson[] | null;
  replies: ReplyJson[] | null;
};

export type AnnotationWithKey = { annotation: Annotation; key: TextOrderKey };

// Timestamps are stored without a zone, in UTC (as Prisma writes them); JSON renders them bare.
const utc = (stamp: string) => new Date(`${stamp}Z`).toISOString();
const stampSql = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`;

/**
 * The annotations of `page` (a query over "Annotation" that yields whole rows, in the order it
 * names), hydrated. `page` must select `a.*` from "Annotation" a.
 */
export async function readAnnotations(page: Prisma.Sql, content: (slug: string) => DocumentContent | undefined): Promise<AnnotationWithKey[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT a.id::text AS id, d.slug, a."authorId"::text AS "authorId", u.name AS "authorName", a.language, a.color, a.comment, a.tags,
      a.visibility::text AS visibility, ${stampSql(Prisma.sql`a."createdAt"`)} AS "createdAt", ${stampSql(Prisma.sql`a."updatedAt"`)} AS "updatedAt",
      a."deletedAt" IS NOT NULL AS deleted, a."firstPosition", a."firstSegmentId", a."firstStart",
      (SELECT json_agg(json_build_object('segment', s.key, 'position', s.position, 'start', t.start, 'end', t."end",
          'exact', t.exact, 'prefix', t.prefix, 'suffix', t.suffix) ORDER BY t.ordinal)
        FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId" WHERE t."annotationId" = a.id) AS targets,
      (SELECT json_agg(json_build_object('id', r.id, 'authorId', r."authorId", 'authorName', ru.name, 'body', r.body,
          'createdAt', ${stampSql(Prisma.sql`r."createdAt"`)}, 'updatedAt', ${stampSql(Prisma.sql`r."updatedAt"`)}) ORDER BY r."createdAt", r.id)
        FROM "Reply" r JOIN "User" ru ON ru.id = r."authorId" WHERE r."annotationId" = a.id) AS replies
    FROM (${page}) a
    JOIN "User" u ON u.id = a."authorId"
    JOIN "Document" d ON d.id = a."documentId"
    ORDER BY a."firstPosition", a."firstSegmentId", a."firstStart", a."createdAt", a.id`;
  return rows.map((row) => ({ annotation: toAnnotation(row, content(row.slug)), key: keyOf(row) }));
}

const keyOf = (row: Row): TextOrderKey => ({
  firstPosition: row.firstPosition,
  firstSegmentId: row.firstSegmentId,
  firstStart: row.firstStart,
  createdAt: row.createdAt,
  id: row.id,
});

function toAnnotation(row: Row, document: DocumentContent | undefined): Annotation {
  const texts = new Map(document?.segments.map((segment) => [segment.id, segment.texts]));
  const targets = (row.targets ?? []).map(
    (target): AnnotationTarget => ({
      segmentId: target.segment,
      segmentPosition: target.position,
      language: row.language,
      start: target.start,
      end: target.end,
      exact: target.exact,
      prefix: target.prefix,
      suffix: target.suffix,
      anchor: anchorTarget(texts.get(target.segment)?.[row.language], target),
    }),
  );
  return {
    id: row.id,
    documentSlug: row.slug,
    language: row.language,
    color: row.color as Color,
    comment: row.comment,
    tags: row.tags,
    visibility: toVisibility(row.visibility),
    author: { id: row.authorId, name: row.authorName },
    createdAt: utc(row.createdAt),
    updatedAt: utc(row.updatedAt),
    deleted: row.deleted,
    status: targets.some((target) => target.anchor.status === 'orphaned') ? 'orphaned' : 'anchored',
    targets,
    replies: (row.replies ?? []).map((reply) => ({
      id: reply.id,
      author: { id: reply.authorId, name: reply.authorName },
      body: reply.body,
      createdAt: utc(reply.createdAt),
      updatedAt: utc(reply.updatedAt),
    })),
  };
}
