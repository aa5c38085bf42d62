import { describe, expect, it } from 'vitest';
import { columnTracks, columnWeights, textWidth } from '@/lib/reader/column-widths';

describe('textWidth', () => {
  it('counts Hangul and kanji as twice as wide as Latin letters (roughly)', () => {
    expect(textWidth('평양')).toBe(2);
    expect(textWidth('平壌')).toBe(2);
    expect(textWidth('ab')).toBeCloseTo(1.1);
  });
});

describe('columnWeights', () => {
  it('gives equal columns to texts of equal width', () => {
    expect(columnWeights([['abcd'], ['efgh']])).toEqual([1, 1]);
  });

  it('widens the column whose text runs longer, within limits', () => {
    const [english, korean] = columnWeights([['a'.repeat(200)], ['가'.repeat(80)]]);
    expect(english).toBeGreaterThan(1);
    expect(korean).toBeLessThan(1);
  });

  it('never makes a column narrower than 0.8 or wider than 1.3 of the average', () => {
    expect(columnWeights([['a'.repeat(1000)], ['가']])).toEqual([1.3, 0.8]);
  });

  it('keeps a single column whole and copes with empty texts', () => {
    expect(columnWeights([['abc']])).toEqual([1]);
    expect(columnWeights([[''], ['']])).toEqual([1, 1]);
  });
});

describe('columnTracks', () => {
  it('writes grid tracks that never squeeze a column below a long Korean word', () => {
    expect(columnTracks([1.2, 0.9])).toBe('minmax(13.5rem, 1.2fr) minmax(13.5rem, 0.9fr)');
  });
});
