// The export formats: what the query's `format` names, how each is written and served.
import { z } from 'zod';
import type { Annotation } from '@/lib/annotations/types';
import { exportCsv } from '@/lib/export/csv';
import { exportJsonLd } from '@/lib/export/jsonld';
import { jsonLdMediaType } from '@/lib/export/jsonld-vocabulary';
import { exportMarkdown } from '@/lib/export/markdown';
import type { ExportOptions } from '@/lib/export/options';
import { exportTmx, tmxMediaType } from '@/lib/export/tmx';
import { annotationFilterSchema, type AnnotationFilter } from '@/lib/validations/annotation';

type Exporter = (options: ExportOptions, annotations: AsyncIterable<Annotation>) => AsyncIterable<string>;

export const exportFormats = {
  markdown: { label: 'Markdown', extension: 'md', mediaType: 'text/markdown; charset=utf-8', write: exportMarkdown },
  jsonld: { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mediaType: jsonLdMediaType, write: exportJsonLd },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present', write: exportCsv },
  tmx: { label: 'TMX 1.4b (aligned text for translation tools)', extension: 'tmx', mediaType: tmxMediaType, write: exportTmx },
} satisfies Record<string, { label: string; extension: string; mediaType: string; write: Exporter }>;

export type ExportFormat = keyof typeof exportFormats;
export const exportFormatNames = Object.keys(exportFormats) as ExportFormat[];

/** The export's query: a format plus the side panel's filters (unknown parameters are refused). */
export const exportQuerySchema = annotationFilterSchema.extend({
  format: z.enum(exportFormatNames as [ExportFormat, ...ExportFormat[]], { error: 'format must be markdown, jsonld, csv or tmx' }),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** "<slug>-<scope>-annotations-<YYYY-MM-DD>.<ext>", dated in UTC. */
export function exportFileName(slug: string, scope: AnnotationFilter['scope'], format: ExportFormat, date: Date): string {
  return `${slug}-${scope}-annotations-${date.toISOString().slice(0, 10)}.${exportFormats[format].extension}`;
}
