import 'server-only';
// Annotations of a document in text order: the first selected span's segment (by its position in
// the document), then where the span starts, then when the annotation was made.
import type { Viewer } from '@/lib/annotations/access';
import type { Annotation, AnnotationCounts, AnnotationList } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { documentContext } from '@/lib/db/annotation-documents';
import { and, filterConditions, readableBy } from '@/lib/db/annotation-filters';
import { annotationInclude, toAnnotation } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { palette, type AnnotationFilter, type AnnotationListQuery, type Color } from '@/lib/validations/annotation';

/** Rows by id, reshaped, in the order of `ids` (an annotation deleted meanwhile is skipped). */
async function annotationsByIds(ids: string[], content: DocumentContent): Promise<Annotation[]> {
  if (!ids.length) return [];
  const rows = await db().annotation.findMany({ where: { id: { in: ids } }, include: annotationInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toAnnotation(row, content)] : [];
  });
}

export async function listAnnotations(slug: string, viewer: Viewer, query: AnnotationListQuery): Promise<AnnotationList> {
  const document = await documentContext(slug);
  const where = and([Prisma.sql`a."documentId" = ${document.documentId}`, ...filterConditions(viewer, query)]);
  const [page, [count], counts] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      SELECT a.id::text AS id FROM "Annotation" a JOIN "Segment" s ON s.id = a."firstSegmentId"
      WHERE ${where}
      ORDER BY s.position, s.id, a."firstStart", a."createdAt", a.id
      LIMIT ${query.limit} OFFSET ${query.offset}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Annotation" a WHERE ${where}`,
    countAnnotations(document.documentId, document.content, viewer, query.scope),
  ]);
  return {
    items: await annotationsByIds(page.map((row) => row.id), document.content),
    total: count?.total ?? 0,
    offset: query.offset,
    limit: query.limit,
    counts,
  };
}

async function countAnnotations(
  documentId: number,
  content: DocumentContent,
  viewer: Viewer,
  scope: AnnotationFilter['scope'],
): Promise<AnnotationCounts> {
  const mine = viewer ? Prisma.sql`a."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`;
  const groups = await db().$queryRaw<{ language: string; color: string; mine: boolean; n: number }[]>`
    SELECT a.language, a.color, ${mine} AS mine, count(*)::int AS n
    FROM "Annotation" a
    WHERE a."documentId" = ${documentId} AND ${readableBy(viewer)} AND a."deletedAt" IS NULL
    GROUP BY 1, 2, 3`;
  const counts: AnnotationCounts = {
    visible: 0,
    mine: 0,
    byLanguage: Object.fromEntries(content.languages.map((l) => [l.code, 0])),
    byColor: Object.fromEntries(palette.map((color) => [color, 0])) as Record<Color, number>,
  };
  for (const group of groups) {
    counts.visible += group.n;
    if (group.mine) counts.mine += group.n;
    if (scope === 'mine' && !group.mine) continue;
    counts.byLanguage[group.language] = (counts.byLanguage[group.language] ?? 0) + group.n;
    if (group.color in counts.byColor) counts.byColor[group.color as Color] += group.n;
  }
  return counts;
}
