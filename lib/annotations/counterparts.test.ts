import { beforeAll, describe, expect, it } from 'vitest';
import { counterpartsOf } from '@/lib/annotations/counterparts';
import type { AnnotationTarget } from '@/lib/annotations/types';
import { loadDocument, type DocumentContent } from '@/lib/content';

let declaration: DocumentContent;
beforeAll(async () => {
  declaration = await loadDocument('content/pyongyang-declaration');
});

/** A span of `segmentId` in `language` over the first occurrence of `words`, anchored where it was made. */
function span(segmentId: string, language: string, words: string): Pick<AnnotationTarget, 'segmentId' | 'language' | 'anchor'> {
  const text = [...declaration.segments.find((s) => s.id === segmentId)!.texts[language]!];
  const at = text.join('').indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in ${segmentId} ${language}`);
  const start = [...text.join('').slice(0, at)].length;
  return { segmentId, language, anchor: { status: 'anchored', start, end: start + [...words].length, moved: false } };
}

const summary = (targets: ReturnType<typeof span>[]) => counterpartsOf(targets, declaration).map((c) => `${c.method} ${c.language} ${c.exact}`);

describe('counterpartsOf', () => {
  it('projects a span inside an aligned phrase onto the phrase in each other language', () => {
    expect(summary([span('s2-p1', 'en', 'heartfelt apology')])).toEqual([
      'phrase-alignment ko 통절한 반성과 마음으로부터의 사죄',
      'phrase-alignment ja 痛切な反省と心からのお詫び',
    ]);
  });

  it('projects a span that overlaps two phrases onto both, with positions that quote the other text', () => {
    const counterparts = counterpartsOf([span('s2-p2', 'ja', '無償資金協力、低金利')], declaration);
    expect(counterparts.map((c) => `${c.language} ${c.exact}`)).toEqual([
      'en grant aids',
      'ko 무상자금협력',
      'en long-term loans with low interest rates',
      'ko 저리의 장기차관',
    ]);
    for (const c of counterparts) {
      const text = [...declaration.segments.find((s) => s.id === c.segmentId)!.texts[c.language]!];
      expect(text.slice(c.start, c.end).join('')).toBe(c.exact);
    }
  });

  it('projects a span outside every phrase onto the whole passage', () => {
    const [ko, ja] = counterpartsOf([span('s3-p1', 'en', 'With respect to')], declaration);
    expect(ko).toMatchObject({ language: 'ko', segmentId: 's3-p1', start: 0, method: 'segment' });
    expect(ko!.exact).toBe(declaration.segments.find((s) => s.id === 's3-p1')!.texts.ko);
    expect(ja).toMatchObject({ language: 'ja', method: 'segment' });
  });

  it('projects nowhere a language the note already quotes, nor a span found nowhere any more', () => {
    expect(summary([span('s2-p1', 'en', 'heartfelt apology'), span('s2-p1', 'ja', '痛切な反省')])).toEqual([
      'phrase-alignment ko 통절한 반성과 마음으로부터의 사죄',
    ]);
    expect(counterpartsOf([{ segmentId: 's2-p1', language: 'en', anchor: { status: 'orphaned', reason: 'quote-not-found' } }], declaration)).toEqual([]);
  });
});
