// What every exporter is given besides the annotations themselves. Exporters are pure: they
// never touch the database, so they are tested with plain arrays and reused by the bench.
import type { DocumentContent, DocumentLanguage } from '@/lib/content';
import { noteBesideStatus } from '@/lib/content/provenance';
import type { AnnotationFilter } from '@/lib/validations/annotation';

export type ExportOptions = {
  document: DocumentContent;
  /** The app's absolute origin (https://accord.example.org): links and IRIs start with it. */
  baseUrl: string;
  filter: AnnotationFilter;
  exportedAt: Date;
};

/** Filters other than the scope, as "name value" pairs for headers and labels. */
export function describeFilters(filter: AnnotationFilter): string[] {
  const parts: string[] = [];
  if (filter.language) parts.push(`language ${filter.language}`);
  if (filter.color) parts.push(`colour ${filter.color}`);
  if (filter.tag) parts.push(`tag “${filter.tag}”`);
  if (filter.q) parts.push(`text “${filter.q}”`);
  if (filter.crossLanguage) parts.push('comparisons only (notes quoting more than one language)');
  return parts;
}

export function describeScope(scope: AnnotationFilter['scope']): string {
  return scope === 'mine' ? 'your own annotations' : 'every annotation visible to you (yours and shared ones)';
}

/** ISO date-time in UTC to the minute, the same on every machine: "2026-11-20 10:04 UTC". */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The text as a sentence: a full stop added unless it already ends with one (or ! ? 。). */
export function sentence(text: string): string {
  return /[.!?。]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** What a language's status note adds after its status label, as a sentence with a leading space, or "". */
export function statusNoteAfterLabel(language: Pick<DocumentLanguage, 'status' | 'statusNote'>): string {
  const note = noteBesideStatus(language.statusNote, language.status);
  return note ? ` ${sentence(note)}` : '';
}
