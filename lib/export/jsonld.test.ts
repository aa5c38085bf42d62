import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { exportJsonLd } from '@/lib/export/jsonld';
import { accordTerms } from '@/lib/export/jsonld-vocabulary';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';
import {
  annotationCollectionSchema,
  annotationPageSchema,
  annotationSchema,
  specificResourceSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '@/lib/export/web-annotation-model';

const options = {
  document: sampleDocument,
  baseUrl: 'https://accord.test',
  filter: { scope: 'visible' as const, tag: 'place' },
  exportedAt: new Date('2026-11-23T09:30:00Z'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back from an export, walked by hand
type Item = Record<string, any>;

async function exported(annotations = sampleAnnotations) {
  const json = JSON.parse(await collect(exportJsonLd(options, streamOf(annotations))));
  const page = annotationPageSchema.parse(json.first);
  return { json, items: page.items as Item[] };
}

describe('exportJsonLd', () => {
  it('writes an AnnotationCollection valid against the model, with every item valid', async () => {
    const { json, items } = await exported();
    expect(annotationCollectionSchema.safeParse(json).error).toBeUndefined();
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.first.partOf).toBe(json.id);
    expect(json.first.startIndex).toBe(0);
    expect(json.last).toBe(json.first.id);
    for (const item of items) expect(annotationSchema.safeParse(item).error, item.id).toBeUndefined();
    expect(json.total).toBe(items.length);
    expect(items).toHaveLength(4 + 3);
    expect(json.id).toBe('https://accord.test/api/documents/sample-declaration/export?format=jsonld&scope=visible&tag=place');
  });

  it('states each language’s provenance in terms a JSON-LD processor keeps (Accord’s own, not the model’s link-valued source)', async () => {
    const { json } = await exported();
    const korean = json['accord:languages'].find((l: Item) => l.language === 'ko');
    expect(korean).toEqual({
      language: 'ko',
      'accord:languageName': 'Korean',
      'accord:status': 'working-translation',
      'accord:statusLabel': 'Working translation from the English, not the authentic text',
      'accord:source': 'Translated from the English by the Accord team',
    });
    const english = json['accord:languages'].find((l: Item) => l.language === 'en');
    expect(english['accord:sourceUrl']).toBe('https://example.org/sample');
    for (const language of json['accord:languages']) {
      expect(Object.keys(language).filter((key) => !key.startsWith('accord:'))).toEqual(['language']);
    }
  });

  it('uses only Accord terms that its namespace page explains', async () => {
    const { json } = await exported();
    const used = new Set([...JSON.stringify(json).matchAll(/"accord:([A-Za-z]+)"/g)].map((m) => m[1]));
    expect([...used].filter((term) => !accordTerms.some((t) => t.name === term))).toEqual([]);
    expect(json['@context'][1]).toEqual({ accord: 'https://accord.test/ns/annotation#' });
  });

  it('gives each selected target both selectors, with positions in code points of the segment text', async () => {
    const { items } = await exported();
    const japanese = items.find((i) => i.id.endsWith('/annotations/aaaaaaaa-0000-4000-8000-000000000001'))!;
    const [selected] = japanese.target as Item[];
    expect(specificResourceSchema.parse(selected)['accord:role']).toBe('selected');
    const [quote, position] = selected!.selector;
    textQuoteSelectorSchema.parse(quote);
    textPositionSelectorSchema.parse(position);
    expect(quote.exact).toBe('𠮷野で「首都」');
    const text = sampleDocument.segments[1]!.texts.ja!;
    expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
    expect(position.start).toBe(12);
    expect(selected!.source).toEqual({
      id: 'https://accord.test/documents/sample-declaration?langs=ja#s1-p1',
      type: 'Text',
      format: 'text/plain',
      language: 'ja',
      'accord:witness': 'default',
    });
  });

  it('adds projected targets for the aligned segments in the other languages, without selectors, where no phrase is aligned', async () => {
    const { items } = await exported();
    const korean = items.find((i) => i.id.endsWith('/annotations/aaaaaaaa-0000-4000-8000-000000000002'))!;
    const roles = (korean.target as Item[]).map((t) => `${t['accord:role']} ${t.source.language} ${t.source.id.split('#')[1]}`);
    expect(roles).toEqual(['selected ko s1-p1', 'selected ko s1-p2', 'projected en s1-p1', 'projected en s1-p2', 'projected ja s1-p1', 'projected ja s1-p2']);
    expect((korean.target as Item[]).filter((t) => t['accord:role'] === 'projected').every((t) => !t.selector)).toBe(true);
  });

  it('projects onto the aligned phrase a span overlaps, with its quote, position and method', async () => {
    const cp = (lang: string, phrase: string) => {
      const passage = sampleDocument.segments[1]!.texts[lang]!;
      const start = [...passage.slice(0, passage.indexOf(phrase))].length;
      return { start, end: start + [...phrase].length, exact: phrase };
    };
    const document = {
      ...sampleDocument,
      alignments: [{ id: 'capital', segmentId: 's1-p1', spans: { en: cp('en', '"the capital"'), ko: cp('ko', '"수도"'), ja: cp('ja', '「首都」') } }],
    };
    const json = JSON.parse(await collect(exportJsonLd({ ...options, document, filter: { scope: 'visible' } }, streamOf(sampleAnnotations))));
    const korean = (annotationPageSchema.parse(json.first).items as Item[]).find((i) => i.id.endsWith('/annotations/aaaaaaaa-0000-4000-8000-000000000002'))!;
    const projected = (korean.target as Item[]).filter((t) => t['accord:role'] === 'projected');
    expect(projected.map((t) => `${t['accord:method']} ${t.source.language} ${t.source.id.split('#')[1]} ${t.selector?.[0].exact ?? '-'}`)).toEqual([
      'phrase-alignment en s1-p1 "the capital"',
      'segment en s1-p2 -',
      'phrase-alignment ja s1-p1 「首都」',
      'segment ja s1-p2 -',
    ]);
    const [quote, position] = projected[0]!.selector;
    expect(textQuoteSelectorSchema.parse(quote).exact).toBe('"the capital"');
    expect(sliceCodePoints(sampleDocument.segments[1]!.texts.en!, position.start, position.end)).toBe('"the capital"');
    expect(json['@context']).toBeDefined();
  });

  it('writes comments and tags as bodies, and the motivation from the comment', async () => {
    const { items } = await exported();
    const [first, second] = items.filter((i) => i.motivation !== 'replying');
    expect(first!.motivation).toBe('commenting');
    expect(first!.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: sampleAnnotations[0]!.comment },
      { type: 'TextualBody', purpose: 'tagging', value: 'place' },
      { type: 'TextualBody', purpose: 'tagging', value: '地名 이름' },
    ]);
    expect(first!['accord:visibility']).toBe('shared');
    expect(first!.stylesheet.value).toContain('.accord-yellow');
    expect(first!.target[0].styleClass).toBe('accord-yellow');
    expect(second!.motivation).toBe('highlighting');
    expect(second!.body).toBeUndefined();
  });

  it('links replies to their parent, also under a deleted placeholder', async () => {
    const { items } = await exported();
    const ids = new Set(items.map((i) => i.id));
    const replies = items.filter((i) => i.motivation === 'replying');
    expect(replies).toHaveLength(3);
    for (const reply of replies) expect(ids.has(reply.target)).toBe(true);
    const deleted = items.find((i) => i['accord:deleted'])!;
    expect(deleted.body).toBeUndefined();
    expect(JSON.stringify(deleted)).not.toContain('carefully');
    expect(replies.at(-1)!.target).toBe(deleted.id);
  });

  it('marks orphans and keeps their quote', async () => {
    const { items } = await exported();
    const orphan = items.find((i) => i['accord:status'] === 'orphaned')!;
    expect(orphan.target[0].selector[0].exact).toBe('They disagreed');
    expect(orphan.target[0]['accord:anchorStatus']).toBe('orphaned');
    expect(orphan.target[0]['accord:currentSelector']).toBeUndefined();
  });

  it('keeps the position the author made and adds the current one beside it', async () => {
    const original = sampleAnnotations[0]!;
    const t = original.targets[0]!;
    const moved = {
      ...original,
      status: 'uncertain' as const,
      targets: [
        { ...t, anchor: { status: 'uncertain' as const, start: t.start + 3, end: t.end + 3, moved: true, reason: 'context-changed' as const, found: t.exact } },
      ],
    };
    const { items } = await exported([moved]);
    const target = items[0]!.target[0];
    expect(target.selector[1]).toEqual({ type: 'TextPositionSelector', start: t.start, end: t.end });
    expect(target['accord:anchorStatus']).toBe('uncertain');
    expect(target['accord:currentSelector']).toEqual({ type: 'TextPositionSelector', start: t.start + 3, end: t.end + 3 });
    expect(items[0]!['accord:status']).toBe('uncertain');
  });

  it('writes a valid empty collection', async () => {
    const { json, items } = await exported([]);
    expect(items).toEqual([]);
    expect(json.total).toBe(0);
    expect(annotationCollectionSchema.safeParse(json).success).toBe(true);
  });
});
