import 'server-only';
// What the reader page draws in the text: for the first notes in text order that the viewer may
// read, each one's colour, visibility and anchored spans, without comments, quotes or replies
// (the panel loads those through the list API as it shows them). One query for the spans, one for
// the tags in use; targets are re-anchored against the current text, as every annotation that
// leaves the data layer is (lib/db/annotation-shape.ts), and orphaned ones are not drawn.
import type { Viewer } from '@/lib/annotations/access';
import { packHighlights } from '@/lib/annotations/highlight-wire';
import type { AnnotationHighlight, ReaderHighlights } from '@/lib/annotations/types';
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import { documentContext } from '@/lib/db/annotation-documents';
import { readableBy } from '@/lib/db/annotation-filters';
import { toVisibility } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Color } from '@/lib/validations/annotation';

type Row = {
  id: string;
  language: string;
  color: string;
  visibility: 'PRIVATE' | 'SHARED';
  mine: boolean;
  deleted: boolean;
  /** [segment key, start, end, exact, prefix, suffix], in the annotation's own order. */
  targets: [string, number, number, string, string, string][];
};

export async function listHighlights(slug: string, viewer: Viewer, { limit }: { limit: number }): Promise<ReaderHighlights> {
  const document = await documentContext(slug);
  const readable = Prisma.sql`a."documentId" = ${document.documentId} AND ${readableBy(viewer)}`;
  const mine = viewer ? Prisma.sql`a."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`;
  const [rows, tags] = await Promise.all([
    // The same text order as the list API (lib/db/annotation-lists.ts), so that "load more" there
    // goes on where this stops.
    db().$queryRaw<Row[]>`
      SELECT a.id::text AS id, a.language, a.color, a.visibility::text AS visibility, ${mine} AS mine,
        a."deletedAt" IS NOT NULL AS deleted,
        (SELECT json_agg(json_build_array(s.key, t.start, t."end", t.exact, t.prefix, t.suffix) ORDER BY t.ordinal)
          FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId" WHERE t."annotationId" = a.id) AS targets
      FROM "Annotation" a JOIN "Segment" f ON f.id = a."firstSegmentId"
      WHERE ${readable}
      ORDER BY f.position, f.id, a."firstStart", a."createdAt", a.id
      LIMIT ${limit}`,
    db().$queryRaw<{ tag: string; count: number }[]>`
      SELECT tag, count(*)::int AS count FROM "Annotation" a, unnest(a.tags) AS tag
      WHERE ${readable} AND a."deletedAt" IS NULL
      GROUP BY tag ORDER BY count(*) DESC, tag`,
  ]);
  const texts = new Map(document.content.segments.map((segment) => [segment.id, segment.texts]));
  const highlights = rows.flatMap((row): AnnotationHighlight[] => {
    if (row.deleted) return [];
    const spans = (row.targets ?? []).flatMap(([segmentId, start, end, exact, prefix, suffix]) => {
      const anchor = anchorTarget(texts.get(segmentId)?.[row.language], { start, end, exact, prefix, suffix });
      return anchor.status === 'anchored' ? [{ segmentId, start: anchor.start, end: anchor.end }] : [];
    });
    return [{ id: row.id, language: row.language, color: row.color as Color, visibility: toVisibility(row.visibility), mine: row.mine, spans }];
  });
  return { packed: packHighlights(highlights), covered: rows.length, tags: tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)) };
}
