import 'server-only';
// A document as the annotation functions need it: its content (texts to check and re-anchor
// against) and its database row with the segments' ids. The rows change only when content is
// synced, which comes with new content objects (a restart, or every request in development), so
// the rows are kept per content object: a process cache, never the only truth (a segment it
// does not know is looked up again).
import { notFound } from '@/lib/annotations/errors';
import type { DocumentContent } from '@/lib/content';
import { getDocument, getDocuments } from '@/lib/data/documents';
import { db } from '@/lib/db/client';

type SegmentRow = { id: number; position: number; removed: boolean };

export type DocumentContext = {
  content: DocumentContent;
  documentId: number;
  /** Segment rows by key; segments that left content/ keep their rows (and removedAt). */
  segments: Map<string, SegmentRow>;
};

const contexts = new WeakMap<DocumentContent, Promise<DocumentContext>>();

async function readContext(content: DocumentContent): Promise<DocumentContext> {
  const row = await db().document.findUnique({
    where: { slug: content.slug },
    select: { id: true, segments: { select: { id: true, key: true, position: true, removedAt: true } } },
  });
  if (!row) throw notFound(`Document "${content.slug}"`);
  return {
    content,
    documentId: row.id,
    segments: new Map(row.segments.map((s) => [s.key, { id: s.id, position: s.position, removed: s.removedAt !== null }])),
  };
}

export async function documentContext(slug: string, { fresh = false } = {}): Promise<DocumentContext> {
  const content = await getDocument(slug);
  if (!content) throw notFound(`Document "${slug}"`);
  let context = fresh ? undefined : contexts.get(content);
  if (!context) {
    context = readContext(content);
    contexts.set(content, context);
    // A failed read (the database away) is not kept.
    context.catch(() => contexts.delete(content));
  }
  return context;
}

/** The context of every document in content/ (each cached as above). */
export async function documentContexts(): Promise<DocumentContext[]> {
  const documents = await getDocuments();
  return Promise.all(documents.map((document) => documentContext(document.slug)));
}
