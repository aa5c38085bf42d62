// Property tests: whatever still exists of a passage re-anchors to the same words, and a passage
// that is gone is orphaned, over random texts in Latin, Hangul, kana, kanji and astral characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan } from '@/lib/anchoring/selectors';

const mixedAlphabet = [
  ...'abcdefghij ,.',
  ...'가나다라마바사아자차카타파하한국어조일',
  ...'あいうえおかきくけこアイウエオ日朝平壌宣言双方',
  ...'𠮷𩸽😀🕊🇯🇵',
  '、',
  '。',
];
const codePoint = (alphabet: string[]) => fc.constantFrom(...alphabet);
const text = (alphabet: string[], maxLength = 120) => fc.array(codePoint(alphabet), { minLength: 1, maxLength });
const insertion = (alphabet: string[]) => fc.array(codePoint(alphabet), { maxLength: 20 });

/** A text as an array of code points and a non-empty selection in it. */
const selection = (alphabet: string[]) =>
  text(alphabet).chain((points) =>
    fc
      .tuple(fc.nat({ max: points.length - 1 }), fc.integer({ min: 1, max: 12 }))
      .map(([start, length]) => ({ points, start, end: Math.min(points.length, start + length) })),
  );

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

describe('anchorTarget over random texts', () => {
  it('re-anchors to the same words after random edits before and after the quote and its context', () => {
    fc.assert(
      fc.property(
        selection(mixedAlphabet),
        fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: insertion(mixedAlphabet) }),
        fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: insertion(mixedAlphabet) }),
        ({ points, start, end }, before, after) => {
          const original = points.join('');
          const target = describeSpan('p', original, start, end);
          const prefixStart = start - Array.from(target.prefix).length;
          const suffixEnd = end + Array.from(target.suffix).length;

          // One edit somewhere after the suffix, one somewhere before the prefix.
          const edited = [...points];
          const afterAt = suffixEnd + (after.at % (points.length - suffixEnd + 1));
          edited.splice(afterAt, Math.min(after.remove, points.length - afterAt), ...after.insert);
          const beforeAt = prefixStart > 0 ? before.at % (prefixStart + 1) : 0;
          const removed = Math.min(before.remove, prefixStart - beforeAt);
          edited.splice(beforeAt, removed, ...before.insert);
          const shift = before.insert.length - removed;
          const newText = edited.join('');

          // Where the quote and all its context occur twice, no anchoring could tell them apart.
          fc.pre(countOccurrences(newText, target.prefix + target.exact + target.suffix) === 1);

          expect(anchorTarget(newText, target)).toEqual({
            status: 'anchored',
            start: start + shift,
            end: end + shift,
            moved: shift !== 0,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tells repeats apart in texts made of two letters', () => {
    fc.assert(
      fc.property(selection(['a', 'b']), insertion(['a', 'b']), ({ points, start, end }, insert) => {
        const original = points.join('');
        const target = describeSpan('p', original, start, end);
        const newText = [...insert, ...points].join('');
        fc.pre(countOccurrences(newText, target.prefix + target.exact + target.suffix) === 1);
        const anchor = anchorTarget(newText, target);
        expect(anchor).toMatchObject({ status: 'anchored', start: start + insert.length, end: end + insert.length });
      }),
      { numRuns: 300 },
    );
  });

  it('anchors only on the quote itself, whatever the edits', () => {
    fc.assert(
      fc.property(selection(['a', 'b', '𠮷']), text(['a', 'b', '𠮷'], 60), ({ points, start, end }, other) => {
        const target = describeSpan('p', points.join(''), start, end);
        const newText = other.join('');
        const anchor = anchorTarget(newText, target);
        if (newText.includes(target.exact)) {
          expect(anchor.status).toBe('anchored');
          if (anchor.status === 'anchored') expect(sliceCodePoints(newText, anchor.start, anchor.end)).toBe(target.exact);
        } else {
          expect(anchor).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('orphans the target when an edit removes or rewrites part of the quote', () => {
    fc.assert(
      fc.property(selection(mixedAlphabet), fc.nat(), fc.nat({ max: 20 }), insertion(mixedAlphabet), ({ points, start, end }, at, remove, insert) => {
        const target = describeSpan('p', points.join(''), start, end);
        // The edit starts inside the quote, so the quote as it was does not survive there.
        const editAt = start + (at % (end - start));
        const edited = [...points];
        edited.splice(editAt, Math.max(1, remove), ...insert);
        const newText = edited.join('');
        fc.pre(!newText.includes(target.exact));
        expect(anchorTarget(newText, target)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
      }),
      { numRuns: 500 },
    );
  });
});
