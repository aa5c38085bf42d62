import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { readAlignment } from '@/lib/content/alignment';
import { expectContentError } from '@/lib/content/expect-content-error';
import { loadDocument } from '@/lib/content/load';
import type { Segment } from '@/lib/content/types';

const file = 'content/sample/alignment.yaml';
const languages = ['en', 'ko', 'ja'];
const segments: Segment[] = [
  {
    id: 's1',
    kind: 'paragraph',
    texts: {
      en: 'Japan expressed deep remorse and heartfelt apology. 😀 Japan and Japan.',
      ko: '일본측은 통절한 반성과 마음으로부터의 사죄를 표명하였다.',
      ja: '日本側は、痛切な反省と心からのお詫びを表明した。',
    },
  },
  { id: 's2', kind: 'paragraph', texts: { en: 'North East Asia', ko: '동북아시아', ja: '北東アジア' } },
];

const read = (yaml: string) => readAlignment(file, yaml, languages, segments);
const broken = (yaml: string, line: number, problem: string | RegExp) => expectContentError(() => read(yaml), { file, line, problem });

describe('an alignment file', () => {
  it('places each phrase in its passage, in code points', () => {
    const links = read(
      [
        'links:',
        '  - id: apology',
        '    segment: s1',
        '    en: deep remorse and heartfelt apology',
        '    ko: 통절한 반성과 마음으로부터의 사죄',
        '    ja: 痛切な反省と心からのお詫び',
        '  - { id: second-japan, segment: s1, en: { text: Japan, occurrence: 3 }, ja: 日本側 }',
        '  - { id: asia, segment: s2, en: North East Asia, ko: 동북아시아 }',
      ].join('\n'),
    );
    expect(links).toEqual([
      {
        id: 'apology',
        segmentId: 's1',
        spans: {
          en: { start: 16, end: 50, exact: 'deep remorse and heartfelt apology' },
          ko: { start: 5, end: 23, exact: '통절한 반성과 마음으로부터의 사죄' },
          ja: { start: 5, end: 18, exact: '痛切な反省と心からのお詫び' },
        },
      },
      // After the emoji, code points and UTF-16 units part: 64 code points in, 65 UTF-16 units.
      { id: 'second-japan', segmentId: 's1', spans: { en: { start: 64, end: 69, exact: 'Japan' }, ja: { start: 0, end: 3, exact: '日本側' } } },
      { id: 'asia', segmentId: 's2', spans: { en: { start: 0, end: 15, exact: 'North East Asia' }, ko: { start: 0, end: 5, exact: '동북아시아' } } },
    ]);
  });

  it('names the file and line of each problem', async () => {
    await broken('links:\n  - { id: a, segment: s1, en: Japan expressed\n', 3, /^not valid YAML/);
    await broken('pairs: []\n', 1, /holds one field, `links:`/);
    await broken('links:\n  - id: a\n    segment: s9\n    en: North\n    ko: 동북\n', 3, 'segment "s9" is not in this document');
    await broken('links:\n  - id: a\n    segment: s2\n    en: North\n    fr: Nord\n', 5, '"fr" is not a language of this document (en, ko, ja)');
    await broken(
      'links:\n  - id: a\n    segment: s2\n    en: South\n    ko: 동북\n',
      4,
      'en of segment "s2": "South" is not in the passage: a phrase must be its exact text',
    );
    await broken(
      'links:\n  - id: a\n    segment: s1\n    en: Japan\n    ko: 일본측\n',
      4,
      'en of segment "s1": "Japan" occurs 3 times in the passage: say which with { text: "Japan", occurrence: N }',
    );
    await broken(
      'links:\n  - id: a\n    segment: s1\n    en: { text: Japan, occurrence: 4 }\n    ko: 일본측\n',
      4,
      /"Japan" occurs 3 times in the passage, not 4/,
    );
    await broken('links:\n  - id: a\n    segment: s2\n    en: North\n', 2, 'link "a" needs phrases in at least two languages');
    await broken('links:\n  - id: A link\n    segment: s2\n', 2, 'id must be lower-case a-z, 0-9 and single dashes');
    await broken(
      'links:\n  - { id: a, segment: s2, en: North, ko: 동북 }\n  - { id: a, segment: s2, en: Asia, ko: 아시아 }\n',
      3,
      'link id "a" is used twice (first on line 2)',
    );
    await broken(
      'links:\n  - { id: a, segment: s2, en: North East, ko: 동북 }\n  - id: b\n    segment: s2\n    en: East Asia\n    ko: 아시아\n',
      5,
      'en of link "b" overlaps link "a" (line 2): phrases of one language may not overlap',
    );
    await broken('links:\n  - { id: a, segment: s2, en: [North], ko: 동북 }\n', 2, /^en must be the phrase as written in the passage/);
  });

  it('finds any phrase of a passage where it stands (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '한', '日', '😀', 'é'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (en, i, j) => {
        const chars = [...en];
        const start = i % chars.length;
        const end = start + 1 + (j % (chars.length - start));
        const phrase = chars.slice(start, end).join('');
        if (!phrase.trim()) return;
        const passage: Segment[] = [{ id: 'p', kind: 'paragraph', texts: { en, ko: '가' } }];
        const occurrences = en.split(phrase).length - 1;
        const yaml = `links:\n  - id: x\n    segment: p\n    en: { text: ${JSON.stringify(phrase)}, occurrence: ${occurrences} }\n    ko: 가\n`;
        const [link] = readAlignment(file, yaml, ['en', 'ko'], passage);
        const span = link!.spans.en!;
        expect(sliceCodePoints(en, span.start, span.end)).toBe(span.exact);
      }),
    );
  });
});

describe("the declaration's alignment", () => {
  it('holds at least 40 links, each phrase exact in its passage in every language', async () => {
    const document = await loadDocument('content/pyongyang-declaration');
    expect(document.alignments.length).toBeGreaterThanOrEqual(40);
    const byId = new Map(document.segments.map((s) => [s.id, s]));
    for (const link of document.alignments) {
      expect(Object.keys(link.spans).sort(), link.id).toEqual(['en', 'ja', 'ko']);
      for (const [language, span] of Object.entries(link.spans)) {
        expect(sliceCodePoints(byId.get(link.segmentId)!.texts[language]!, span.start, span.end), `${link.id} ${language}`).toBe(span.exact);
      }
    }
    const apology = document.alignments.find((a) => a.spans.en?.exact === 'deep remorse and heartfelt apology');
    expect(apology?.spans.ja?.exact).toBe('痛切な反省と心からのお詫び');
    expect(apology?.spans.ko?.exact).toBe('통절한 반성과 마음으로부터의 사죄');
  });
});
