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

// An export writes these for each of up to 100,000 annotations, and parsing URLs showed in its
// profile: what repeats is resolved once per base URL (the last one seen, so that requests naming
// other hosts cannot grow a cache) and the id appended.

/** The reader's address up to the segment, by language, for the last base URL a document was exported with. */
const readerPrefixes = new WeakMap<DocumentContent, { baseUrl: string; byLanguage: Map<string, string> }>();

/** `witness`: the text of `language` the link opens, when not its own file (`&witness=ja.working`). */
export function readerLink(baseUrl: string, document: DocumentContent, language: string, segmentId: string, witness = 'default'): string {
  if (witness !== 'default') {
    const [path, hash] = readerLink(baseUrl, document, language, segmentId).split('#');
    return `${path}&witness=${encodeURIComponent(`${language}.${witness}`)}#${hash}`;
  }
  let cached = readerPrefixes.get(document);
  if (cached?.baseUrl !== baseUrl) readerPrefixes.set(document, (cached = { baseUrl, byLanguage: new Map() }));
  let prefix = cached.byLanguage.get(language);
  if (prefix === undefined) {
    const others = document.languages.map((l) => l.code).filter((code) => code !== language);
    const langs = document.languages.some((l) => l.code === language) ? [language, ...others] : others;
    prefix = `${documentUrl(baseUrl, document.slug)}?langs=${langs.join(',')}#`;
    cached.byLanguage.set(language, prefix);
  }
  return `${prefix}${encodeURIComponent(segmentId)}`;
}

/** `path` + the encoded id, resolved against the base URL as `new URL` does. */
function idUnder(path: string) {
  let last: { baseUrl: string; prefix: string } | undefined;
  return (baseUrl: string, id: string): string => {
    const encoded = encodeURIComponent(id);
    // Only plain ids (uuids) are appended: the parser rewrites dot segments such as "..".
    if (!/^[\w-]+$/.test(encoded)) return absolute(baseUrl, `${path}${encoded}`);
    if (last?.baseUrl !== baseUrl) last = { baseUrl, prefix: absolute(baseUrl, path) };
    return `${last.prefix}${encoded}`;
  };
}

export const annotationIri = idUnder('/api/annotations/');

export const replyIri = idUnder('/api/replies/');

/** The IRI of a reader as the creator of annotations and replies (the id stays stable across renames). */
export function personIri(userId: string): string {
  return `urn:uuid:${userId}`;
}
