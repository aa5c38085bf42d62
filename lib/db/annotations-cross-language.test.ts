// Integration, on the real PostgreSQL server: notes that compare languages (issue 14, item 3). One
// note quotes the English "deep remorse and heartfelt apology" and the Japanese that answers it;
// it goes through create, the list filter, the reader's highlights, every export, and an import
// of its own export, each span keeping its language.
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unpackHighlights } from '@/lib/annotations/highlight-wire';
import type { DocumentContent } from '@/lib/content';
import { importAnnotationFile } from '@/lib/db/annotation-import';
import { listHighlights } from '@/lib/db/annotation-highlights';
import { createAnnotation, getAnnotation, iterateAnnotations, listAnnotations } from '@/lib/db/annotations';
import { exportCsv } from '@/lib/export/csv';
import { collect } from '@/lib/export/fixtures/sample';
import { exportJsonLd } from '@/lib/export/jsonld';
import { exportMarkdown } from '@/lib/export/markdown';
import { exportTmx } from '@/lib/export/tmx';
import { annotate, createUser, prepareDatabase, useDatabase } from '@/lib/export/testing/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { annotationListQuerySchema, createAnnotationSchema } from '@/lib/validations/annotation';

let database: TestDatabase;
let document: DocumentContent;
let alice: { id: string; name: string };
const slug = 'pyongyang-declaration';
const english = 'deep remorse and heartfelt apology';
const japanese = '痛切な反省と心からのお詫び';

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabase(database);
  document = (await prepareDatabase(database)).find((d) => d.slug === slug)!;
  alice = await createUser(database, 'Alice');
}, 60_000);
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  await database.prisma.annotation.deleteMany();
});

const compare = () =>
  annotate(
    document,
    alice,
    'en',
    [
      { segmentId: 's2-p1', quote: english },
      { segmentId: 's2-p1', quote: japanese, language: 'ja' },
    ],
    { comment: 'お詫び answers “apology”.', tags: ['apology'], visibility: 'shared' },
  );
const query = (fields: Record<string, unknown> = {}) => annotationListQuerySchema.parse(fields);
const options = (filter = { scope: 'mine' as const }) => ({ document, baseUrl: 'https://accord.test', filter, exportedAt: new Date('2026-12-07T10:00:00Z') });
const exported = (format: typeof exportJsonLd) => collect(format(options(), iterateAnnotations(slug, alice, { scope: 'mine' })));

describe('a note that compares languages', () => {
  it('is created with a span in each language, its language that of its first span, and reads back the same', async () => {
    const note = await compare();
    expect(note.language).toBe('en');
    expect(note.targets.map((t) => [t.language, t.exact])).toEqual([
      ['en', english],
      ['ja', japanese],
    ]);
    const read = await getAnnotation(note.id, alice);
    expect(read.targets.map((t) => [t.language, t.exact, t.anchor.status])).toEqual([
      ['en', english, 'anchored'],
      ['ja', japanese, 'anchored'],
    ]);
    // Each span is anchored on its own language's text, so that content sync leaves it be.
    const rows = await database.prisma.annotationTarget.findMany({ where: { annotationId: note.id }, orderBy: { ordinal: 'asc' }, include: { segment: true } });
    expect(rows.map((r) => [r.language, r.textHash])).toEqual(
      ['en', 'ja'].map((code) => [code, (rows[0]!.segment.textHashes as Record<string, string>)[code]]),
    );
    expect((await database.prisma.annotation.findUniqueOrThrow({ where: { id: note.id } })).crossLanguage).toBe(true);
  });

  it('refuses a span in a language the document does not have, or a quote not in its language’s text, naming the span', async () => {
    const input = (language: string, exact: string) =>
      createAnnotationSchema.parse({
        language: 'en',
        color: 'yellow',
        targets: [
          { segmentId: 's2-p1', start: 0, end: 2, exact: '2.' },
          { segmentId: 's2-p1', language, start: 0, end: 2, exact },
        ],
      });
    await expect(createAnnotation(slug, alice, input('fr', '2.'))).rejects.toMatchObject({ issues: [{ path: 'targets.1.language' }] });
    await expect(createAnnotation(slug, alice, input('ja', 'xx'))).rejects.toMatchObject({ issues: [{ path: 'targets.1.exact' }] });
    expect(await database.prisma.annotation.count()).toBe(0);
  });

  it('is listed with crossLanguage=true, alone; false or absent lists every note as before', async () => {
    const note = await compare();
    await annotate(document, alice, 'en', [{ segmentId: 's2-p1', quote: 'in a spirit of humility' }]);
    await annotate(document, alice, 'ja', [{ segmentId: 's2-p1', quote: '謙虚な気持ち' }]);
    const comparisons = await listAnnotations(slug, alice, query({ crossLanguage: 'true' }));
    expect(comparisons.items.map((a) => a.id)).toEqual([note.id]);
    expect(comparisons.total).toBe(1);
    expect((await listAnnotations(slug, alice, query({ crossLanguage: 'false' }))).total).toBe(3);
    expect((await listAnnotations(slug, alice, query())).total).toBe(3);
    // With the other filters: a comparison begun in English is under English.
    expect((await listAnnotations(slug, alice, query({ crossLanguage: 'true', language: 'ja' }))).items).toEqual([]);
  });

  it('paints in each column its spans are in: the reader’s highlights carry the other column’s span with its language', async () => {
    const note = await compare();
    const [highlight] = unpackHighlights((await listHighlights(slug, alice, { limit: 10 })).packed);
    expect(highlight).toMatchObject({ id: note.id, language: 'en' });
    expect(highlight!.spans.map((s) => s.language ?? highlight!.language)).toEqual(['en', 'ja']);
  });

  it('exports every span with its language: JSON-LD, CSV, Markdown and TMX', async () => {
    const note = await compare();
    const jsonld = JSON.parse(await exported(exportJsonLd));
    const selected = jsonld.first.items[0].target.filter((t: { 'accord:role': string }) => t['accord:role'] === 'selected');
    expect(selected.map((t: { source: { language: string }; selector: { exact?: string }[] }) => [t.source.language, t.selector[0]!.exact])).toEqual([
      ['en', english],
      ['ja', japanese],
    ]);
    // The Korean is projected (an aligned phrase); the English and Japanese, quoted, are not.
    const projected = jsonld.first.items[0].target.filter((t: { 'accord:role': string }) => t['accord:role'] === 'projected');
    expect(projected.map((t: { source: { language: string } }) => t.source.language)).toEqual(['ko']);

    const [row] = parse(await exported(exportCsv), { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ id: note.id, language: 'en', quote: `${english}\n\n${japanese}`, quote_languages: 'en ja' });

    const markdown = await exported(exportMarkdown);
    expect(markdown).toContain('(English and Japanese, s2-p1)');
    expect(markdown).toMatch(new RegExp(`English\\*\\* \\(lang: en\\)[^\\n]*\\n\\n> ${english}`));
    expect(markdown).toMatch(new RegExp(`Japanese\\*\\* \\(lang: ja\\)[^\\n]*\\n\\n> ${japanese}`));

    const tmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['tu', 'note'].includes(name) }).parse(
      await exported(exportTmx),
    ).tmx;
    const unit = tmx.body.tu.find((u: { '@tuid': string }) => u['@tuid'] === 's2-p1');
    expect(unit.note.join('\n')).toContain(`en: “${english}” … ja: “${japanese}”`);
  });

  it('comes back whole from its own JSON-LD export: both spans, each in its language, listed as a comparison', async () => {
    const note = await compare();
    const file = JSON.parse(await exported(exportJsonLd));
    await database.prisma.annotation.deleteMany();
    expect(await importAnnotationFile(slug, alice, file)).toMatchObject({ ok: true, imported: 1 });
    const [back] = (await listAnnotations(slug, alice, query({ crossLanguage: 'true' }))).items;
    expect(back).toBeDefined();
    expect(back!.id).not.toBe(note.id);
    expect(back!.language).toBe('en');
    expect(back!.targets.map((t) => [t.language, t.segmentId, t.start, t.end, t.exact, t.anchor.status])).toEqual(
      note.targets.map((t) => [t.language, t.segmentId, t.start, t.end, t.exact, 'anchored']),
    );
    // Importing the same file again writes nothing: the spans, languages included, are already here.
    expect(await importAnnotationFile(slug, alice, file)).toMatchObject({ ok: true, imported: 0, alreadyHere: 1 });
    // And the export of the import is the export of the original, but for ids.
    const again = JSON.parse(await exported(exportJsonLd));
    const targets = (f: typeof file) => f.first.items[0].target;
    expect(targets(again)).toEqual(targets(file));
  });
});
