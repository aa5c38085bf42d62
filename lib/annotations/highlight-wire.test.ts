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
  // A note that compares languages: its spans in other columns say which.
  {
    id: '3e9a3fab-5d84-4cab-8a3e-4f5a6b7c8d9e',
    language: 'en',
    color: 'blue',
    visibility: 'group',
    mine: false,
    spans: [
      { segmentId: 's3-p1', start: 5, end: 40 },
      { segmentId: 's3-p1', start: 2, end: 9, language: 'ja' },
      { segmentId: 's3-p1', start: 1, end: 4, uncertain: true, language: 'ko' },
    ],
  },
  // A comparison with a span on another text of its language: each span keeps its own witness.
  {
    id: '4fab4abc-6e95-4dbc-9b4f-5a6b7c8d9eaf',
    language: 'en',
    color: 'green',
    visibility: 'shared',
    mine: true,
    spans: [
      { segmentId: 's3-p2', start: 0, end: 8 },
      { segmentId: 's3-p2', start: 3, end: 6, language: 'ja', witness: 'working' },
      { segmentId: 's3-p3', start: 1, end: 2, uncertain: true, language: 'ja', witness: 'first-draft' },
    ],
  },
];

describe('packHighlights', () => {
  it('gives back exactly the highlights it packed, spans across segments and none at all included', () => {
    expect(unpackHighlights(packHighlights(highlights))).toEqual(highlights);
    expect(unpackHighlights(packHighlights([]))).toEqual([]);
  });

  it('writes a span in another column after its mark, and nothing for one in the note’s own language', () => {
    const packed = packHighlights([highlights[3]!, { ...highlights[0]!, spans: [{ segmentId: 's2-p1', start: 3, end: 10, language: 'ko' }] }]);
    expect(packed).toContain(' s3-p1:5:40 s3-p1:2:9:ja s3-p1:1:4:u:ko;');
    expect(packed.endsWith(' s2-p1:3:10')).toBe(true);
  });

  it('writes a span’s witness after its language, and neither for the note’s own text', () => {
    const packed = packHighlights([highlights[4]!, highlights[1]!]);
    expect(packed).toContain(' s3-p2:0:8 s3-p2:3:6:ja:@working s3-p3:1:2:u:ja:@first-draft;');
    expect(packed).toContain(' s4-p4:2:5:@working s4-p5:1:3:u:@first-draft');
  });

  it('reads a span’s marks in any order, an empty one skipped', () => {
    const [read] = unpackHighlights('a en blue s s1:0:4::ja s1:1:2:@w:u:ko');
    expect(read!.spans).toEqual([
      { segmentId: 's1', start: 0, end: 4, language: 'ja' },
      { segmentId: 's1', start: 1, end: 2, uncertain: true, language: 'ko', witness: 'w' },
    ]);
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
