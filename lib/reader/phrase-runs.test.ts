import { describe, expect, it } from 'vitest';
import { splitIntoFragments } from '@/lib/annotations/client/highlight-fragments';
import { phraseRuns } from '@/lib/reader/phrase-runs';

const text = 'expressed deep remorse and heartfelt apology.';
const apology = { id: 'apology', start: 10, end: 44 };

describe('phraseRuns', () => {
  it('groups a plain text into the stretches before, inside and after a phrase', () => {
    const runs = phraseRuns(splitIntoFragments(text.length, []), [apology]);
    expect(runs.map((r) => [r.phrase, r.fragments.map((f) => text.slice(f.start, f.end))])).toEqual([
      [null, ['expressed ']],
      ['apology', ['deep remorse and heartfelt apology']],
      [null, ['.']],
    ]);
  });

  it('cuts a highlight that crosses the phrase, keeping its keyboard stop on its first piece only', () => {
    const fragments = splitIntoFragments(text.length, [{ id: 'n1', start: 0, end: 14 }]);
    const runs = phraseRuns(fragments, [apology]);
    expect(runs.map((r) => [r.phrase, r.fragments.map((f) => [text.slice(f.start, f.end), f.ids, f.starts])])).toEqual([
      [null, [['expressed ', ['n1'], ['n1']]]],
      [
        'apology',
        [
          ['deep', ['n1'], []],
          [' remorse and heartfelt apology', [], []],
        ],
      ],
      [null, [['.', [], []]]],
    ]);
  });

  it('keeps the text whole: the pieces join back into it, whatever the highlights', () => {
    const fragments = splitIntoFragments(text.length, [
      { id: 'a', start: 3, end: 20 },
      { id: 'b', start: 15, end: 45 },
    ]);
    const runs = phraseRuns(fragments, [apology, { id: 'exp', start: 0, end: 9 }]);
    expect(runs.flatMap((r) => r.fragments.map((f) => text.slice(f.start, f.end))).join('')).toBe(text);
    expect(runs.map((r) => r.phrase)).toEqual(['exp', null, 'apology', null]);
  });
});
