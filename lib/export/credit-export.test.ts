// Every export carries the credit of a note or reply imported from someone else's notes, and the
// JSON-LD one reads back into the same credit.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Annotation, ImportedFrom } from '@/lib/annotations/types';
import { exportCsv } from '@/lib/export/csv';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';
import { parseAnnotationFile, type ParsedAnnotation, type ParsedReply } from '@/lib/export/import-parse';
import { exportJsonLd } from '@/lib/export/jsonld';
import { exportMarkdown } from '@/lib/export/markdown';
import { annotationSchema } from '@/lib/export/web-annotation-model';

const options = { document: sampleDocument, baseUrl: 'https://accord.test', filter: { scope: 'mine' as const }, exportedAt: new Date('2026-12-04T09:30:00Z') };

const fromAlice: ImportedFrom = {
  id: 'https://elsewhere.example/api/annotations/1',
  creatorName: 'Alice Kim',
  creatorId: 'urn:uuid:11111111-1111-4111-8111-111111111111',
  created: '2026-12-01T10:00:00.000Z',
};
const fromBob: ImportedFrom = { id: 'https://elsewhere.example/api/replies/2', creatorName: 'Bob', creatorId: null, created: null };

const original = sampleAnnotations[0]!;
const imported: Annotation = {
  ...original,
  visibility: 'private',
  author: { id: '33333333-3333-4333-8333-333333333333', name: 'Carol' },
  importedFrom: fromAlice,
  replies: [{ ...original.replies[0]!, author: { id: '33333333-3333-4333-8333-333333333333', name: 'Carol' }, importedFrom: fromBob }],
};

describe('exports of imported notes', () => {
  it('JSON-LD: accord:importedFrom in the model’s own terms, valid, read back as the same credit', async () => {
    const file = JSON.parse(await collect(exportJsonLd(options, streamOf([imported]))));
    const [note, reply] = file.first.items;
    expect(note['accord:importedFrom']).toEqual({
      id: fromAlice.id,
      type: 'Annotation',
      creator: { id: fromAlice.creatorId, type: 'Person', name: 'Alice Kim' },
      created: fromAlice.created,
    });
    expect(reply['accord:importedFrom']).toEqual({ id: fromBob.id, type: 'Annotation', creator: { type: 'Person', name: 'Bob' } });
    for (const item of file.first.items) expect(annotationSchema.safeParse(item).success).toBe(true);
    const parsed = parseAnnotationFile(file);
    expect(parsed.problems).toEqual([]);
    expect((parsed.items[0] as ParsedAnnotation).importedFrom).toEqual(fromAlice);
    expect((parsed.items[1] as ParsedReply).importedFrom).toEqual(fromBob);
  });

  it('JSON-LD: writes no credit on a note that has none', async () => {
    const file = JSON.parse(await collect(exportJsonLd(options, streamOf([original]))));
    expect(file.first.items.some((item: object) => 'accord:importedFrom' in item)).toBe(false);
  });

  it('CSV: the author, date and id of the original in their own columns, empty otherwise', async () => {
    const rows: Record<string, string>[] = parse((await collect(exportCsv(options, streamOf([imported, sampleAnnotations[1]!])))).slice(1), { columns: true });
    expect(rows.map((row) => [row.author, row.imported_from_author, row.imported_from_created, row.imported_from_id])).toEqual([
      ['Carol', 'Alice Kim', fromAlice.created, fromAlice.id],
      [sampleAnnotations[1]!.author.name, '', '', ''],
    ]);
  });

  it('Markdown: whose notes the words come from, on the note and on the reply', async () => {
    const markdown = await collect(exportMarkdown(options, streamOf([imported])));
    expect(markdown).toContain(`**Imported:** from Alice Kim’s notes, 1 Dec 2026 (<${fromAlice.id}>)`);
    expect(markdown).toMatch(/- \*\*Carol\*\*, [^\n]*\(imported from Bob’s notes\)/);
  });

  it('Markdown: links the original only when it is a web address', async () => {
    const markdown = await collect(exportMarkdown(options, streamOf([{ ...imported, importedFrom: { ...fromAlice, id: 'javascript:alert(1)' } }])));
    expect(markdown).toContain('(`javascript:alert(1)`)');
    expect(markdown).not.toContain('<javascript:');
  });
});
