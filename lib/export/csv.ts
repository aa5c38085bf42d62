// CSV export (RFC 4180): UTF-8 with a byte-order mark (spreadsheet programs read Korean and
// Japanese correctly only with it), CRLF line ends, fields quoted where needed. One row per
// annotation; replies are counted, not listed (the Markdown and JSON-LD exports carry them).
//
// Cells that begin with = + - @ or a tab get a leading ' (csv-stringify's escape_formulas):
// comments are written by other readers, and a spreadsheet would run "=HYPERLINK(…)" as a formula.
import { stringify, type Options } from 'csv-stringify/sync';
import type { Annotation } from '@/lib/annotations/types';
import { statusLabel, type DocumentContent } from '@/lib/content';
import type { ExportOptions } from '@/lib/export/options';
import { passageOf, segmentsText } from '@/lib/export/passage';

// csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR; a
// comment's own line breaks must be quoted too, or they would split its row.
const csvOptions: Options = { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ };

export function csvColumns(document: DocumentContent): string[] {
  return [
    'id', 'document', 'language', 'language_status', 'status', 'quote',
    ...document.languages.map((l) => `text_${l.code}`),
    'comment', 'tags', 'replies', 'author', 'created', 'modified', 'visibility', 'colour', 'link',
  ];
}

function row(options: ExportOptions, annotation: Annotation): string[] {
  const { document } = options;
  const passage = passageOf(document, annotation, options.baseUrl);
  const language = document.languages.find((l) => l.code === annotation.language);
  const deleted = annotation.deleted;
  return [
    annotation.id,
    document.slug,
    annotation.language,
    language ? statusLabel(language.status) : '',
    deleted ? 'deleted' : annotation.status,
    deleted ? '' : passage.selected.map((s) => s.exact).join('\n\n'),
    ...document.languages.map((l) => segmentsText(document, passage.segmentIds, l.code)),
    deleted ? '' : annotation.comment,
    deleted ? '' : annotation.tags.join(', '),
    String(annotation.replies.length),
    deleted ? '' : annotation.author.name,
    annotation.createdAt,
    annotation.updatedAt,
    annotation.visibility,
    annotation.color,
    passage.link,
  ];
}

export async function* exportCsv(options: ExportOptions, annotations: AsyncIterable<Annotation>): AsyncGenerator<string> {
  yield stringify([csvColumns(options.document)], { ...csvOptions, bom: true });
  for await (const annotation of annotations) yield stringify([row(options, annotation)], csvOptions);
}
