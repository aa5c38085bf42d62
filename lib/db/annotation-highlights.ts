import 'server-only';
// What the reader page draws in the text: for the first notes in text order that the viewer may
// read, each one's colour, visibility and anchored spans, without comments, quotes or replies
// (the panel loads those through the list API as it shows them), and the tags in use among them.
// One query; each span where content sync stored it (lib/db/reanchor.ts), uncertain ones marked,
// orphaned ones not drawn.
import type { Viewer } from '@/lib/annotations/access';
import { packHighlights } from '@/lib/annotations/highlight-wire';
import type { AnnotationHighlight, ReaderHighlights } from '@/lib/annotations/types';
import { defaultWitnessId } from '@/lib/content/types';
import { documentContext } from '@/lib/db/annotation-documents';
import { readableBy } from '@/lib/db/annotation-filters';
import { textOrder } from '@/lib/db/annotation-rows';
import { toVisibility, type StoredVisibility } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Color } from '@/lib/validations/annotation';

type Row = {
  id: string;
  language: string;
  color: string;
  visibility: StoredVisibility;
  mine: boolean;
  deleted: boolean;
  tags: string[];
  /** [segment key, start, end, status, language, witness] of the drawn spans (not orphaned), current positions, in the annotation's own order. */
  targets: [string, number, number, 'anchored' | 'uncertain', string, string][] | null;
};

/**
 * The first `limit` annotations the viewer may read, in the list API's text order (lib/db/
 * annotation-rows.ts), so that "load more" there goes on where this stops: a walk along the
 * text-order index that stops once it has enough.
 */
async function firstReadable(documentId: number, viewer: Viewer, limit: number): Promise<Row[]> {
  const mine = viewer ? Prisma.sql`a."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`;
  return db().$queryRaw<Row[]>`
    SELECT a.id::text AS id, a.language, a.color, a.visibility::text AS visibility, ${mine} AS mine,
      a."deletedAt" IS NOT NULL AS deleted, a.tags,
      (SELECT json_agg(json_build_array(s.key, coalesce(t."anchorStart", t.start), coalesce(t."anchorEnd", t."end"), t."anchorStatus", t.language, t.witness) ORDER BY t.ordinal)
        FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId"
        WHERE t."annotationId" = a.id AND t."anchorStatus" <> 'orphaned' AND s."removedAt" IS NULL) AS targets
    FROM (SELECT a.* FROM "Annotation" a WHERE a."documentId" = ${documentId} AND ${readableBy(viewer)} ORDER BY ${textOrder} LIMIT ${limit}) a
    ORDER BY ${textOrder}`;
}

/** Tags in use among these annotations, most used first (the tag filter's choices). */
function tagsOf(rows: readonly Row[]): ReaderHighlights['tags'] {
  const counts = new Map<string, number>();
  for (const row of rows) if (!row.deleted) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export async function listHighlights(slug: string, viewer: Viewer, { limit }: { limit: number }): Promise<ReaderHighlights> {
  const document = await documentContext(slug);
  const rows = await firstReadable(document.documentId, viewer, limit);
  const highlights = rows.flatMap((row): AnnotationHighlight[] => {
    if (row.deleted) return [];
    // A span in another column than the note's (a comparison) says which, so that it is painted
    // there; one made on another text of its language says which, so that it is drawn on that text.
    const spans = (row.targets ?? []).map(([segmentId, start, end, status, language, witness]) => ({
      segmentId,
      start,
      end,
      ...(status === 'uncertain' ? { uncertain: true as const } : {}),
      ...(language !== row.language ? { language } : {}),
      ...(witness === defaultWitnessId ? {} : { witness }),
    }));
    return [{ id: row.id, language: row.language, color: row.color as Color, visibility: toVisibility(row.visibility), mine: row.mine, spans }];
  });
  return { packed: packHighlights(highlights), covered: rows.length, tags: tagsOf(rows) };
}
