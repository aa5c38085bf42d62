import 'server-only';
import type { DocumentContent } from '@/lib/content';
import { statusLabel } from '@/lib/content';

// The public JSON shape of documents (GET /api/documents[/slug]).
export function documentSummaryJson(document: DocumentContent) {
  return {
    slug: document.slug,
    title: document.title,
    languages: document.languages.map((l) => l.code),
    segmentCount: document.segments.length,
    url: `/documents/${document.slug}`,
  };
}

export function documentJson(document: DocumentContent) {
  return {
    slug: document.slug,
    title: document.title,
    languages: document.languages.map((l) => ({
      code: l.code,
      title: l.title,
      source: l.source,
      sourceUrl: l.sourceUrl ?? null,
      status: l.status,
      statusLabel: statusLabel(l.status),
      statusNote: l.statusNote ?? null,
      date: l.date,
      place: l.place ?? null,
    })),
    segments: document.segments.map((s) => ({ id: s.id, kind: s.kind, ...(s.level ? { level: s.level } : {}), texts: s.texts })),
  };
}
