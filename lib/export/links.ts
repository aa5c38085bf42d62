// Every absolute address an export writes. The reader link opens the annotation's own language
// first so that the passage is in the first column; the other languages follow.
import type { DocumentContent } from '@/lib/content';

function absolute(baseUrl: string, path: string): string {
  return new URL(path, baseUrl).toString();
}

export function documentUrl(baseUrl: string, slug: string): string {
  return absolute(baseUrl, `/documents/${encodeURIComponent(slug)}`);
}

/** The IRI of a segment: the reader's deep link to it. Every language shares the segment id. */
export function segmentIri(baseUrl: string, slug: string, segmentId: string): string {
  return `${documentUrl(baseUrl, slug)}#${encodeURIComponent(segmentId)}`;
}

export function readerLink(baseUrl: string, document: DocumentContent, language: string, segmentId: string): string {
  const others = document.languages.map((l) => l.code).filter((code) => code !== language);
  const langs = document.languages.some((l) => l.code === language) ? [language, ...others] : others;
  return `${documentUrl(baseUrl, document.slug)}?langs=${langs.join(',')}#${encodeURIComponent(segmentId)}`;
}

export function annotationIri(baseUrl: string, id: string): string {
  return absolute(baseUrl, `/api/annotations/${encodeURIComponent(id)}`);
}

export function replyIri(baseUrl: string, replyId: string): string {
  return absolute(baseUrl, `/api/replies/${encodeURIComponent(replyId)}`);
}

/** The IRI of a reader as the creator of annotations and replies (the id stays stable across renames). */
export function personIri(userId: string): string {
  return `urn:uuid:${userId}`;
}
