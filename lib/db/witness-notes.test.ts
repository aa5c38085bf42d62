// Integration: notes made on another text of a language (a witness, `ja.working.md` beside `ja.md`)
// against a fresh database on the real PostgreSQL server: stored with their witness, checked,
// hashed and re-anchored against that text, read back, exported and imported with it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent, Witness } from '@/lib/content';
import { textHash } from '@/lib/content/segment-hash';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, getAnnotation, iterateAnnotations, listAnnotations } from '@/lib/db/annotations';
import { settleAnchor } from '@/lib/db/annotation-anchor';
import { listHighlights } from '@/lib/db/annotation-highlights';
import { importAnnotationFile } from '@/lib/db/annotation-import';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { syncDocument } from '@/lib/db/sync-content';
import { unpackHighlights } from '@/lib/annotations/highlight-wire';
import { exportCsv } from '@/lib/export/csv';
import { collect } from '@/lib/export/fixtures/sample';
import { exportJsonLd } from '@/lib/export/jsonld';
import { exportMarkdown } from '@/lib/export/markdown';
import { annotationListQuerySchema, createAnnotationSchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

const working = (texts: Record<string, string>): Witness => ({
  id: 'working',
  code: 'ja',
  title: 'サンプル（作業訳）',
  source: 'An earlier working translation',
  status: 'working-translation',
  file: 'content/sample/ja.working.md',
  texts: Object.fromEntries(sampleDocument.segments.map((s) => [s.id, texts[s.id] ?? s.texts.ja!])),
});
const workingText = '両国は平壌で会談し、相互の信頼を確かめた。';
const withWitness = (texts: Record<string, string> = { p1: workingText }): DocumentContent => ({ ...sampleDocument, witnesses: [working(texts)] });

/** A target over `exact` in the working text of a segment. */
function onWorking(segmentId: string, exact: string, document = state.document!) {
  const text = document.witnesses[0]!.texts[segmentId]!;
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  return { segmentId, start, end: start + Array.from(exact).length, exact, witness: 'working' };
}

let world: AnnotationTestWorld;
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
});
afterAll(() => world?.drop());
beforeEach(async () => {
  state.document = withWitness();
  await world.prisma.annotation.deleteMany();
  await syncDocument(world.prisma, state.document);
});

const input = (fields: Record<string, unknown>) => createAnnotationSchema.parse({ color: 'green', ...fields });
const options = () => ({ document: state.document!, baseUrl: 'https://accord.test', filter: { scope: 'visible' as const }, exportedAt: new Date() });

describe('notes on another text of a language', () => {
  it('stores the witness with each span, hashed on that text, and gives it back in every read', async () => {
    const made = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [onWorking('p1', '会談し')], visibility: 'shared' }));
    expect(made.targets.map((t) => [t.witness, t.exact, t.anchor.status])).toEqual([['working', '会談し', 'anchored']]);
    const row = await world.prisma.annotationTarget.findFirstOrThrow({ where: { annotationId: made.id } });
    expect([row.witness, row.textHash, row.madeOnHash]).toEqual(['working', textHash(workingText), textHash(workingText)]);

    expect((await getAnnotation(made.id, world.bob)).targets[0]).toMatchObject({ witness: 'working', start: 6, end: 9, exact: '会談し' });
    const list = await listAnnotations('sample', world.bob, annotationListQuerySchema.parse({}));
    expect(list.items.map((a) => a.targets.map((t) => t.witness))).toEqual([['working']]);
    const highlights = unpackHighlights((await listHighlights('sample', world.bob, { limit: 10 })).packed);
    expect(highlights.map((h) => h.spans)).toEqual([[{ segmentId: 'p1', start: 6, end: 9, witness: 'working' }]]);
  });

  it('keeps a span without a witness on the language’s own text, as every span made before witnesses', async () => {
    const made = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [targetOf('p1', 'ja', '平壌')] }));
    const row = await world.prisma.annotationTarget.findFirstOrThrow({ where: { annotationId: made.id } });
    expect([row.witness, row.textHash]).toEqual(['default', textHash(sampleDocument.segments[1]!.texts.ja!)]);
    // Rows written by others (seed, import) get their hash from the trigger, by witness too.
    await world.prisma.$executeRaw`UPDATE "AnnotationTarget" SET witness = 'working' WHERE id = ${row.id}::uuid`;
    await world.prisma.$executeRawUnsafe(
      `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, witness) VALUES (gen_random_uuid(), $1::uuid, $2, 1, 0, 2, '両国', 'working')`,
      made.id,
      (await world.prisma.segment.findFirstOrThrow({ where: { key: 'p1' } })).id,
    );
    const inserted = await world.prisma.annotationTarget.findFirstOrThrow({ where: { annotationId: made.id, ordinal: 1 } });
    expect(inserted.textHash).toBe(textHash(workingText));
  });

  it('refuses a quote of the own text sent as the witness’s, and a witness the language lacks', async () => {
    await expect(
      createAnnotation('sample', world.alice, input({ language: 'ja', targets: [{ ...targetOf('p1', 'ja', '𠮷野の件'), witness: 'working' }] })),
    ).rejects.toMatchObject({
      issues: [{ path: 'targets.0.exact' }],
    });
    await expect(
      createAnnotation('sample', world.alice, input({ language: 'ko', targets: [{ ...targetOf('p1', 'ko', '평양'), witness: 'working' }] })),
    ).rejects.toMatchObject({
      issues: [{ path: 'targets.0.witness', message: '"ko" has no text "working" (it has default)' }],
    });
    expect(await world.prisma.annotation.count()).toBe(0);
  });

  it('re-anchors a note when its own witness changes, and leaves it alone when only the language’s own text does', async () => {
    const onWitness = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [onWorking('p1', '会談し')] }));
    const onOwn = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [targetOf('p1', 'ja', '平壌')] }));

    // The own text changes: the witness's note is not touched (its hash still matches).
    const ownEdited: DocumentContent = {
      ...withWitness(),
      segments: sampleDocument.segments.map((s) => (s.id === 'p1' ? { ...s, texts: { ...s.texts, ja: `前文。${s.texts.ja}` } } : s)),
    };
    state.document = ownEdited;
    await syncDocument(world.prisma, ownEdited);
    expect((await getAnnotation(onWitness.id, world.alice)).targets[0]!.anchor).toEqual({ status: 'anchored', start: 6, end: 9, moved: false });
    expect((await getAnnotation(onOwn.id, world.alice)).targets[0]!.anchor).toMatchObject({ status: 'anchored', start: 6, moved: true });

    // The witness changes: its note moves with its words.
    const witnessEdited = { ...ownEdited, witnesses: [working({ p1: `まず、${workingText}` })] };
    state.document = witnessEdited;
    await syncDocument(world.prisma, witnessEdited);
    expect((await getAnnotation(onWitness.id, world.alice)).targets[0]!.anchor).toEqual({ status: 'anchored', start: 9, end: 12, moved: true });
  });

  it('moves notes with their text when the authentic text arrives as the language’s own and the working translation is renamed', async () => {
    // Before: no witness; the working translation is ja.md, and a note is made on it in p1 and p2.
    const before: DocumentContent = { ...sampleDocument, witnesses: [] };
    state.document = before;
    await syncDocument(world.prisma, before);
    const inP1 = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [targetOf('p1', 'ja', '平壌')] }));
    const inP2 = await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [targetOf('p2', 'ja', '国交正常化')] }));

    // After: the authentic text is ja.md, differing in p1 only; ja.working.md holds the old text.
    const authenticP1 = '両首脳は平壌で会い、相互の信頼を確認した。';
    const after: DocumentContent = {
      ...sampleDocument,
      segments: sampleDocument.segments.map((s) => (s.id === 'p1' ? { ...s, texts: { ...s.texts, ja: authenticP1 } } : s)),
      witnesses: [working(Object.fromEntries(sampleDocument.segments.map((s) => [s.id, s.texts.ja!])))],
    };
    state.document = after;
    await syncDocument(world.prisma, after);
    // p1's note was made on the text now called "working": it stays with it, where it was.
    expect((await getAnnotation(inP1.id, world.alice)).targets[0]).toMatchObject({
      witness: 'working',
      exact: '平壌',
      anchor: { status: 'anchored', start: 3, end: 5, moved: false },
    });
    // p2's text did not change in ja.md: its note stays on the language's own text.
    expect((await getAnnotation(inP2.id, world.alice)).targets[0]).toMatchObject({ witness: 'default', anchor: { status: 'anchored', moved: false } });
    // A second sync finds nothing to move.
    await syncDocument(world.prisma, after);
    expect((await getAnnotation(inP1.id, world.alice)).targets[0]!.witness).toBe('working');
  });

  it('keeps each span of a comparison on its own language’s text: hashed, drawn, re-anchored and placed again there', async () => {
    const made = await createAnnotation(
      'sample',
      world.alice,
      input({ language: 'en', targets: [targetOf('p1', 'en', 'met in Pyongyang'), { ...onWorking('p1', '会談し'), language: 'ja' }], visibility: 'shared' }),
    );
    expect(made.targets.map((t) => [t.language, t.witness, t.exact])).toEqual([
      ['en', 'default', 'met in Pyongyang'],
      ['ja', 'working', '会談し'],
    ]);
    const rows = await world.prisma.annotationTarget.findMany({ where: { annotationId: made.id }, orderBy: { ordinal: 'asc' } });
    expect(rows.map((r) => [r.language, r.witness, r.textHash])).toEqual([
      ['en', 'default', textHash(sampleDocument.segments[1]!.texts.en!)],
      ['ja', 'working', textHash(workingText)],
    ]);
    const highlights = unpackHighlights((await listHighlights('sample', world.bob, { limit: 10 })).packed);
    expect(highlights.map((h) => h.spans)).toEqual([
      [
        { segmentId: 'p1', start: 11, end: 27 },
        { segmentId: 'p1', start: 6, end: 9, language: 'ja', witness: 'working' },
      ],
    ]);
    // A row written without a language takes its note's, and is hashed on that language's witness text.
    const p1 = (await world.prisma.segment.findFirstOrThrow({ where: { key: 'p1' } })).id;
    await world.prisma.$executeRawUnsafe(
      `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact) VALUES (gen_random_uuid(), $1::uuid, $2, 2, 0, 4, 'Both')`,
      made.id,
      p1,
    );
    const inserted = await world.prisma.annotationTarget.findFirstOrThrow({ where: { annotationId: made.id, ordinal: 2 } });
    expect([inserted.language, inserted.witness, inserted.textHash]).toEqual(['en', 'default', textHash(sampleDocument.segments[1]!.texts.en!)]);
    await world.prisma.annotationTarget.delete({ where: { id: inserted.id } });

    // Only the Japanese working text changes: the Japanese span moves with its words, the English stays.
    const witnessEdited = withWitness({ p1: `まず、${workingText}` });
    state.document = witnessEdited;
    await syncDocument(world.prisma, witnessEdited);
    const moved = await getAnnotation(made.id, world.alice);
    expect(moved.targets.map((t) => [t.language, t.anchor])).toEqual([
      ['en', { status: 'anchored', start: 11, end: 27, moved: false }],
      ['ja', { status: 'anchored', start: 9, end: 12, moved: true }],
    ]);

    // The Japanese selected again on the working text: the English span stays as it was.
    const placed = await settleAnchor(made.id, world.alice, { targets: [{ ...onWorking('p1', '平壌で会談'), language: 'ja' }] });
    expect(placed.targets.map((t) => [t.language, t.witness, t.exact])).toEqual([
      ['en', 'default', 'met in Pyongyang'],
      ['ja', 'working', '平壌で会談'],
    ]);
    const again = await world.prisma.annotationTarget.findFirstOrThrow({ where: { annotationId: made.id, language: 'ja' } });
    expect(again.textHash).toBe(textHash(`まず、${workingText}`));

    // Exported and imported back, each span with its language and its witness.
    const file = JSON.parse(await collect(exportJsonLd(options(), iterateAnnotations('sample', world.alice, { scope: 'visible' }))));
    await world.prisma.annotation.deleteMany();
    expect(await importAnnotationFile('sample', world.bob, file)).toMatchObject({ ok: true });
    const [imported] = (await listAnnotations('sample', world.bob, annotationListQuerySchema.parse({ scope: 'mine', crossLanguage: 'true' }))).items;
    expect(imported!.targets.map((t) => [t.language, t.witness, t.exact, t.anchor.status])).toEqual([
      ['en', 'default', 'met in Pyongyang', 'anchored'],
      ['ja', 'working', '平壌で会談', 'anchored'],
    ]);
  });

  it('exports the witness in JSON-LD, CSV and Markdown, and an import of the JSON-LD brings it back', async () => {
    await createAnnotation('sample', world.alice, input({ language: 'ja', targets: [onWorking('p1', '会談し')], comment: 'on the earlier text' }));
    const file = JSON.parse(await collect(exportJsonLd(options(), iterateAnnotations('sample', world.alice, { scope: 'visible' }))));
    const [item] = file.first.items;
    expect(item.target[0].source).toEqual({
      id: 'https://accord.test/documents/sample?langs=ja&witness=ja.working#p1',
      type: 'Text',
      format: 'text/plain',
      language: 'ja',
      'accord:witness': 'working',
    });
    // Projected counterparts: the aligned phrase "平壌" is placed in the own text only, so the whole passage answers.
    expect(item.target.slice(1).map((t: { 'accord:method': string }) => t['accord:method'])).toEqual(['segment', 'segment']);

    const csv = await collect(exportCsv(options(), iterateAnnotations('sample', world.alice, { scope: 'visible' })));
    const [header, first] = csv.replace('\uFEFF', '').split('\r\n');
    const column = header!.split(',').indexOf('witness');
    expect(first!.split(',')[column]).toBe('working');
    const markdown = await collect(exportMarkdown(options(), iterateAnnotations('sample', world.alice, { scope: 'visible' })));
    expect(markdown).toContain('(lang: ja) · text working · Working translation from the English, not the authentic text · segment p1');

    await world.prisma.annotation.deleteMany();
    const result = await importAnnotationFile('sample', world.bob, file);
    expect(result).toMatchObject({ ok: true });
    const [imported] = (await listAnnotations('sample', world.bob, annotationListQuerySchema.parse({ scope: 'mine' }))).items;
    expect(imported!.targets.map((t) => [t.witness, t.exact, t.anchor.status])).toEqual([['working', '会談し', 'anchored']]);
  });

  it('refuses to import a span onto a witness the document does not have', async () => {
    const file = {
      type: 'Annotation',
      id: 'https://other.example/anno/1',
      motivation: 'highlighting',
      target: {
        source: { id: 'https://other.example/documents/sample#p1', language: 'ja', 'accord:witness': 'authentic' },
        selector: { type: 'TextQuoteSelector', exact: '平壌' },
      },
    };
    const result = await importAnnotationFile('sample', world.bob, file);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'items[0].target.source', message: '"ja" has no text "authentic" in this document (it has default, working)' }],
    });
    expect(await world.prisma.annotation.count()).toBe(0);
  });
});
