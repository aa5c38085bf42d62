import 'server-only';
import type { DocumentContent, DocumentLanguage } from '@/lib/content';
import { statusLabel } from '@/lib/content';
import { witnessesOf } from '@/lib/content/compare-witnesses';

// The public JSON shape of documents (GET /api/documents[/slug]). Both carry each language's
// provenance, so that no client can show a text without saying whose translation it is.
function languageJson(document: DocumentContent, l: DocumentLanguage) {
  return {
    code: l.code,
    name: l.name,
    title: l.title,
    source: l.source,
    sourceUrl: l.sourceUrl ?? null,
    status: l.status,
    statusLabel: statusLabel(l.status),
    statusNote: l.statusNote ?? null,
    date: l.date ?? null,
    place: l.place ?? null,
    // The language's texts: its own (`default`) and any other (`<lang>.<witness>.md`).
    witnesses: witnessesOf(document, l.code),
  };
}

export function documentSummaryJson(document: DocumentContent) {
  return {
    slug: document.slug,
    title: document.title,
    languages: document.languages.map((l) => languageJson(document, l)),
    segmentCount: document.segments.length,
    url: `/documents/${document.slug}`,
  };
}

export function documentJson(document: DocumentContent) {
  return {
    slug: document.slug,
    title: document.title,
    languages: document.languages.map((l) => languageJson(document, l)),
    segments: document.segments.map((s) => ({ id: s.id, kind: s.kind, ...(s.level ? { level: s.level } : {}), texts: s.texts })),
    // Phrases that answer one another across the languages of a passage, positions in code points.
    alignments: document.alignments.map((a) => ({ id: a.id, segmentId: a.segmentId, spans: a.spans })),
  };
}
