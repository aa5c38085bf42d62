import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/lib/content';
import type { Annotation } from '@/lib/annotations/types';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';
import { exportTmx } from '@/lib/export/tmx';

const options = {
  document: sampleDocument,
  baseUrl: 'https://accord.test',
  filter: { scope: 'visible' as const },
  exportedAt: new Date('2026-12-05T08:30:00Z'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- XML read back, walked by hand
type Node = Record<string, any>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['tu', 'tuv', 'prop', 'note'].includes(name),
  trimValues: false,
  parseTagValue: false,
});

async function exported(annotations: Annotation[] = sampleAnnotations) {
  const xml = await collect(exportTmx(options, streamOf(annotations)));
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, tmx: parser.parse(xml).tmx as Node };
}
const props = (node: Node) => Object.fromEntries((node.prop ?? []).map((p: Node) => [p['@type'], p['#text']]));

describe('exportTmx', () => {
  it('reads back as the aligned text: one unit per passage, one variant per language, each exactly its text', async () => {
    const { tmx } = await exported();
    expect(tmx['@version']).toBe('1.4');
    expect(tmx.header['@srclang']).toBe('en');
    expect(tmx.header['@creationdate']).toBe('20261205T083000Z');
    const units = tmx.body.tu as Node[];
    expect(units.map((u) => u['@tuid'])).toEqual(sampleDocument.segments.map((s) => s.id));
    for (const [i, unit] of units.entries()) {
      const segment = sampleDocument.segments[i]!;
      expect(Object.fromEntries(unit.tuv.map((v: Node) => [v['@xml:lang'], v.seg]))).toEqual(segment.texts);
    }
  });

  it('gives each variant its source, status and witness', async () => {
    const { tmx } = await exported();
    const [en, ko] = tmx.body.tu[1].tuv as Node[];
    expect(props(en!)).toEqual({
      'x-accord:source': sampleDocument.languages[0]!.source,
      'x-accord:status': 'official-translation',
      'x-accord:witness': 'default',
    });
    expect(props(ko!)['x-accord:status']).toBe('working-translation');
    // The header says once what each text is, so that no tool passes our translation off as the authentic one.
    expect(tmx.header.note.join('\n')).toContain('Working translation from the English, not the authentic text');
  });

  it('gives a language’s other texts (witnesses) their own variants, after its own, each saying which text it is', async () => {
    const document = await loadDocument(path.resolve(import.meta.dirname, '../content/fixtures/two-witnesses'));
    const xml = await collect(exportTmx({ ...options, document }, streamOf([])));
    expect(XMLValidator.validate(xml)).toBe(true);
    const tmx = parser.parse(xml).tmx as Node;
    const units = tmx.body.tu as Node[];
    const first = document.witnesses.find((w) => w.id === 'first')!;
    for (const [i, unit] of units.entries()) {
      const segment = document.segments[i]!;
      expect(unit.tuv.map((v: Node) => [v['@xml:lang'], props(v)['x-accord:witness'], v.seg])).toEqual([
        ['en', 'default', segment.texts.en],
        ['ja', 'default', segment.texts.ja],
        ['ja', 'first', first.texts[segment.id]],
      ]);
    }
    expect(props(units[2]!.tuv[2])).toMatchObject({ 'x-accord:source': first.source, 'x-accord:status': first.status });
    expect(tmx.header.note.join('\n')).toContain('text “first”');
  });

  it('writes the notes on each passage, with replies, and escapes what they say', async () => {
    const risky: Annotation = {
      ...sampleAnnotations[1]!,
      id: 'aaaaaaaa-0000-4000-8000-0000000000ff',
      comment: 'A record marked <draft> & "kept" ]]> \u0001 here',
      replies: [
        {
          id: 'bbbbbbbb-0000-4000-8000-0000000000ff',
          author: { id: 'x', name: 'Bob' },
          body: 'Yes </note>',
          hidden: false,
          createdAt: '2026-12-01T00:00:00.000Z',
          updatedAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    };
    // In text order, as the database gives them: after the two notes that begin in s1-p1.
    const { xml, tmx } = await exported([...sampleAnnotations.slice(0, 2), risky, ...sampleAnnotations.slice(2)]);
    expect(xml).toContain('&lt;draft&gt; &amp;');
    const [, first, second] = tmx.body.tu as [Node, Node, Node];
    const notes = first.note as string[];
    expect(notes.some((n) => n.includes('𠮷野で「首都」') && n.includes('Alice Kim'))).toBe(true);
    expect(notes).toContainEqual(expect.stringContaining('A record marked <draft> & "kept" ]]> \uFFFD here'));
    expect(notes).toContainEqual(expect.stringContaining('Reply by Bob, 2026-12-01 00:00 UTC:\nYes </note>'));
    // A note over two passages stands in both units.
    expect((second.note as string[]).filter((n) => n.includes('양측은 신중히'))).toHaveLength(2);
  });

  it('writes every unit when there are no notes', async () => {
    const { tmx } = await exported([]);
    expect(tmx.body.tu).toHaveLength(sampleDocument.segments.length);
    expect(tmx.body.tu.every((u: Node) => !u.note)).toBe(true);
  });
});
