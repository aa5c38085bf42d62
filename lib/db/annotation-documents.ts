import 'server-only';
// A document as the annotation functions need it: its content (texts to check and re-anchor
// against) and its database row with the segments' ids.
import { notFound } from '@/lib/annotations/errors';
import type { DocumentContent } from '@/lib/content';
import { getDocument } from '@/lib/data/documents';
import { db } from '@/lib/db/client';

export type DocumentContext = {
  content: DocumentContent;
  documentId: number;
  /** Segment rows by key; segments that left content/ keep their rows (and removedAt). */
  segments: Map<string, { id: number; position: number; removed: boolean }>;
};

export async function documentContext(slug: string): Promise<DocumentContext> {
  const content = await getDocument(slug);
  const row = content
    ? await db().document.findUnique({
        where: { slug },
        select: { id: true, segments: { select: { id: true, key: true, position: true, removedAt: true } } },
      })
    : null;
  if (!content || !row) throw notFound(`Document "${slug}"`);
  return {
    content,
    documentId: row.id,
    segments: new Map(row.segments.map((s) => [s.key, { id: s.id, position: s.position, removed: s.removedAt !== null }])),
  };
}
