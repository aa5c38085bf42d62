// CSV export (RFC 4180): UTF-8 with a byte-order mark (spreadsheet programs read Korean and
// Japanese correctly only with it), CRLF line ends, fields quoted where needed. One row per
// annotation; replies are counted, not listed (the Markdown and JSON-LD exports carry them).
//
// `quote_languages` names the language of each quote, in the order of `quote` and `position`
// (`en ja` for a note that compares the English with the Japanese).
//
// A note imported from someone else's notes names its author in the imported_from_* columns
// (author is the reader who imported it); they are empty for everything else.
//
// Cells that begin with = + - @ a tab or a CR (or their full-width forms) get a leading ', as
// csv-stringify's escape_formulas does: comments are written by other readers, and a spreadsheet
// would run "=HYPERLINK(…)" as a formula.
//
// Written out rather than through csv-stringify: a stringifier per row (it has no cheaper call for
// one record) showed as a fifth of the export's CPU. The rules are its own, and the tests check
// this against it for any text.
import type { Annotation } from '@/lib/annotations/types';
import { defaultWitnessId, statusLabel, type DocumentContent } from '@/lib/content/types';
import { textProvenance } from '@/lib/content/text-keys';
import type { ExportOptions } from '@/lib/export/options';
import { currentPositions, originalPositions, passageOf, segmentsText } from '@/lib/export/passage';

const formula = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A field is quoted when it holds a quote, the delimiter, or any line break (a bare LF or CR
// would otherwise split its row).
const needsQuotes = /[",\r\n]/;

export function csvField(value: string): string {
  const cell = formula.test(value) ? `'${value}` : value;
  return needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record, CRLF-terminated. */
export const csvRecord = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

export function csvColumns(document: DocumentContent): string[] {
  return [
    'id',
    'document',
    'language',
    // The text of the language the note was made on: default (its own file) or a witness's name.
    'witness',
    'language_status',
    'status',
    'quote',
    'quote_languages',
    'position',
    'current_position',
    ...document.languages.map((l) => `text_${l.code}`),
    'comment',
    'tags',
    'replies',
    'author',
    'created',
    'modified',
    'visibility',
    'colour',
    'link',
    'imported_from_author',
    'imported_from_created',
    'imported_from_id',
  ];
}

/**
 * The texts the note was made on: its witnesses (`default working`, each once) when it quotes one
 * language; one per quote, as `quote_languages` has, when it compares languages (each span keeps
 * its own language's witness).
 */
function witnessesOf(annotation: Annotation, selected: readonly { language: { code: string; witness?: string } }[]): string {
  if (new Set(annotation.targets.map((t) => t.language)).size < 2) return [...new Set(annotation.targets.map((t) => t.witness))].join(' ');
  return selected.map((s) => s.language.witness ?? defaultWitnessId).join(' ');
}

function row(options: ExportOptions, annotation: Annotation): string[] {
  const { document } = options;
  const passage = passageOf(document, annotation, options.baseUrl);
  const witness = annotation.targets[0]?.witness ?? defaultWitnessId;
  // The status of the text the note was made on: a witness's own, not its language's.
  const provenance = textProvenance(document, annotation.language, witness);
  const deleted = annotation.deleted;
  return [
    annotation.id,
    document.slug,
    annotation.language,
    witnessesOf(annotation, passage.selected) || witness,
    provenance ? statusLabel(provenance.status) : '',
    deleted ? 'deleted' : annotation.status,
    deleted ? '' : passage.selected.map((s) => s.exact).join('\n\n'),
    // One code per quote, as `position` has one place per quote: a note that compares languages says which is which.
    passage.selected.map((s) => s.language.code).join(' '),
    originalPositions(passage),
    currentPositions(passage),
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
    annotation.importedFrom?.creatorName ?? '',
    annotation.importedFrom?.created ?? '',
    annotation.importedFrom?.id ?? '',
  ];
}

export async function* exportCsv(options: ExportOptions, annotations: AsyncIterable<Annotation>): AsyncGenerator<string> {
  yield `\uFEFF${csvRecord(csvColumns(options.document))}`;
  for await (const annotation of annotations) yield csvRecord(row(options, annotation));
}
