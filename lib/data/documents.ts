import 'server-only';
import { loadAllDocuments, type DocumentContent } from '@/lib/content';

// Content is read from content/ once per process in production (the launcher checked it at
// start); in development every request reads it again so that edits show at once.
let cached: Promise<DocumentContent[]> | undefined;

export function getDocuments(): Promise<DocumentContent[]> {
  if (process.env.NODE_ENV === 'development') return loadAllDocuments();
  cached ??= loadAllDocuments().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export async function getDocument(slug: string): Promise<DocumentContent | undefined> {
  return (await getDocuments()).find((document) => document.slug === slug);
}
