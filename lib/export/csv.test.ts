import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/annotations/types';
import { csvRecord, exportCsv } from '@/lib/export/csv';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';

const options = {
  document: sampleDocument,
  baseUrl: 'https://accord.test',
  filter: { scope: 'visible' as const },
  exportedAt: new Date('2026-11-23T09:30:00Z'),
};

// Commas, quotes, both kinds of line break, Korean and Japanese (with a character outside the BMP).
const awkward = '쉼표, "따옴표"\r\n줄바꿈; 日本語の「引用」, 𠮷\nend';

function awkwardDocument() {
  return {
    ...sampleDocument,
    slug: 'awkward',
    segments: sampleDocument.segments.map((s) => ({
      ...s,
      texts: Object.fromEntries(Object.entries(s.texts).map(([lang, text]) => [lang, `${text} ${awkward}`])),
    })),
  };
}

const annotation: Annotation = {
  ...sampleAnnotations[0]!,
  comment: `코멘트 ${awkward}`,
  tags: ['태그 "하나"', 'タグ\n二'],
  author: { id: 'x', name: `작성자 ${awkward}` },
  targets: sampleAnnotations[0]!.targets.map((t) => ({ ...t, exact: `${t.exact} ${awkward}` })),
};

describe('exportCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', async () => {
    const csv = await collect(exportCsv(options, streamOf(sampleAnnotations)));
    expect(
      csv.startsWith(
        '\uFEFFid,document,language,witness,language_status,status,quote,quote_languages,position,current_position,text_en,text_ko,text_ja,comment,tags,',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(sampleAnnotations.length + 2);
  });

  it('reads back field for field with commas, quotes, newlines, Korean and Japanese everywhere', async () => {
    const document = awkwardDocument();
    const csv = await collect(exportCsv({ ...options, document }, streamOf([annotation])));
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record.quote).toBe(`𠮷野で「首都」 ${awkward}`);
    expect(record.comment).toBe(`코멘트 ${awkward}`);
    expect(record.tags).toBe('태그 "하나", タグ\n二');
    expect(record.author).toBe(`작성자 ${awkward}`);
    for (const lang of ['en', 'ko', 'ja']) expect(record[`text_${lang}`]).toBe(document.segments[1]!.texts[lang]);
    expect(record.language_status).toBe('Working translation from the English, not the authentic text');
    expect(record.replies).toBe('2');
    expect(record.link).toBe('https://accord.test/documents/awkward?langs=ja,en,ko#s1-p1');
  });

  it('quotes a field whose only awkward character is a line break, so that its row stays one row', async () => {
    const plain = { ...sampleAnnotations[0]!, comment: '첫째 줄\n둘째 줄', tags: [] };
    const csv = await collect(exportCsv(options, streamOf([plain])));
    expect(csv).toContain('"첫째 줄\n둘째 줄"');
    const rows = parse(csv.slice(1), { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]![rows[0]!.indexOf('comment')]).toBe('첫째 줄\n둘째 줄');
  });

  it('joins the spans of a passage over two segments, and the aligned texts of both', async () => {
    const csv = await collect(exportCsv(options, streamOf([sampleAnnotations[1]!])));
    const [record] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(record!.quote).toBe('"수도"에서 회담하였다.\n\n양측은 신중히');
    expect(record!.text_en).toBe(`${sampleDocument.segments[1]!.texts.en}\n\n${sampleDocument.segments[2]!.texts.en}`);
  });

  it('gives a comparison one witness per quote, in the order of its quote languages', async () => {
    const [ko, ja] = [sampleAnnotations[1]!.targets[0]!, sampleAnnotations[0]!.targets[0]!];
    const comparison: Annotation = { ...sampleAnnotations[1]!, language: 'ko', targets: [ko, { ...ja, witness: 'working' }] };
    const csv = await collect(exportCsv(options, streamOf([comparison, sampleAnnotations[1]!])));
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.quote_languages, r.witness])).toEqual([
      ['ko ja', 'default working'],
      ['ko ko', 'default'],
    ]);
  });

  it('marks orphans and deleted annotations, and leaves out what a deleted one said', async () => {
    const csv = await collect(exportCsv(options, streamOf(sampleAnnotations)));
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.status)).toEqual(['anchored', 'anchored', 'orphaned', 'deleted']);
    expect(records[2]!.quote).toBe('They disagreed');
    expect(records[2]!.current_position).toBe('s1-p2:orphaned');
    expect(records[0]!.current_position).toBe(records[0]!.position);
    expect(records[3]!.quote).toBe('');
    expect(records[3]!.replies).toBe('1');
  });

  it('keeps a spreadsheet from running a comment as a formula', async () => {
    const formula = { ...sampleAnnotations[0]!, comment: '=HYPERLINK("https://evil.example","x")' };
    const csv = await collect(exportCsv(options, streamOf([formula])));
    const [record] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(record!.comment).toBe(`'${formula.comment}`);
  });

  it('writes each record exactly as csv-stringify did with the options it had, whatever the text', () => {
    const options = { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ } as const;
    const cell = fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n",;\' a'.split(''), '\uFF1D', '\uFF20', '한', '𠮷'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (fields) => {
        expect(csvRecord(fields)).toBe(stringify([fields], options));
      }),
      { numRuns: 2000 },
    );
  });
});
