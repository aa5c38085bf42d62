import { describe, expect, it } from 'vitest';
import { packHighlights, unpackHighlights } from '@/lib/annotations/highlight-wire';
import type { AnnotationHighlight } from '@/lib/annotations/types';

const highlights: AnnotationHighlight[] = [
  {
    id: '0b6f0c7e-2a51-4f7e-9d0b-1c2d3e4f5a6b',
    language: 'ko',
    color: 'green',
    visibility: 'shared',
    mine: true,
    spans: [{ segmentId: 's2-p1', start: 3, end: 10 }],
  },
  {
    id: '1c7e1d8f-3b62-4a8f-8e1c-2d3e4f5a6b7c',
    language: 'ja',
    color: 'purple',
    visibility: 'private',
    mine: true,
    spans: [
      { segmentId: 's4-p2', start: 0, end: 41 },
      { segmentId: 's4-p3', start: 0, end: 12, uncertain: true },
      { segmentId: 's4-p4', start: 2, end: 5, witness: 'working' },
      { segmentId: 's4-p5', start: 1, end: 3, uncertain: true, witness: 'first-draft' },
    ],
  },
  { id: '2d8f2e9a-4c73-4b9a-9f2d-3e4f5a6b7c8d', language: 'en', color: 'yellow', visibility: 'shared', mine: false, spans: [] },
];

describe('packHighlights', () => {
  it('gives back exactly the highlights it packed, spans across segments and none at all included', () => {
    expect(unpackHighlights(packHighlights(highlights))).toEqual(highlights);
    expect(unpackHighlights(packHighlights([]))).toEqual([]);
  });

  it('packs a highlight into fewer bytes than its JSON, with nothing JSON would escape', () => {
    const packed = packHighlights(highlights);
    expect(packed.length).toBeLessThan(JSON.stringify(highlights).length / 2);
    expect(JSON.stringify(packed)).toBe(`"${packed}"`);
  });

  it('skips a malformed record or span instead of drawing it somewhere', () => {
    const packed = `${packHighlights(highlights.slice(0, 1))};broken;x ko mauve s s1:0:1;y en blue s s1:5:2 s2:1:3`;
    expect(unpackHighlights(packed).map((h) => [h.id, h.spans.length])).toEqual([
      [highlights[0]!.id, 1],
      ['y', 1],
    ]);
  });
});
