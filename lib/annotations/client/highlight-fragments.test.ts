import { describe, expect, it } from 'vitest';
import { splitIntoFragments } from '@/lib/annotations/client/highlight-fragments';

const text = (fragments: ReturnType<typeof splitIntoFragments>, source: string) => fragments.map((f) => [source.slice(f.start, f.end), f.ids.join('+')]);

describe('splitIntoFragments', () => {
  it('leaves a text without highlights whole', () => {
    expect(splitIntoFragments(5, [])).toEqual([{ start: 0, end: 5, ids: [], starts: [] }]);
  });

  it('cuts the text at the edges of one highlight', () => {
    const source = '조일국교정상화회담';
    expect(text(splitIntoFragments(source.length, [{ id: 'a', start: 2, end: 6 }]), source)).toEqual([
      ['조일', ''],
      ['국교정상', 'a'],
      ['화회담', ''],
    ]);
  });

  it('gives overlapping highlights a fragment each for what they share, the innermost last', () => {
    const source = 'abcdefghij';
    const fragments = splitIntoFragments(source.length, [
      { id: 'wide', start: 0, end: 8 },
      { id: 'inner', start: 3, end: 5 },
      { id: 'late', start: 6, end: 10 },
    ]);
    expect(text(fragments, source)).toEqual([
      ['abc', 'wide'],
      ['de', 'wide+inner'],
      ['f', 'wide'],
      ['gh', 'wide+late'],
      ['ij', 'late'],
    ]);
    expect(fragments.map((f) => f.starts)).toEqual([['wide'], ['inner'], [], ['late'], []]);
    // The fragments always add up to the whole text.
    expect(fragments.map((f) => source.slice(f.start, f.end)).join('')).toBe(source);
  });

  it('keeps two highlights of the same span both, and drops empty or outside ones', () => {
    const fragments = splitIntoFragments(4, [
      { id: 'a', start: 1, end: 3 },
      { id: 'b', start: 1, end: 3 },
      { id: 'empty', start: 2, end: 2 },
      { id: 'outside', start: 9, end: 12 },
    ]);
    expect(fragments).toEqual([
      { start: 0, end: 1, ids: [], starts: [] },
      { start: 1, end: 3, ids: ['a', 'b'], starts: ['a', 'b'] },
      { start: 3, end: 4, ids: [], starts: [] },
    ]);
  });
});
