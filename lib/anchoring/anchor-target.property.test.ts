// Property tests over random texts in Latin, Hangul, kana, kanji and astral characters, each
// with copies of the quote elsewhere in the segment (in their own surroundings): a span is
// `anchored` only on the same words with their context, and whitespace alone never unanchors it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import { blind } from '@/lib/anchoring/blind-text';
import { contextLength, describeSpan } from '@/lib/anchoring/selectors';

const letters = [...'abcdefghij,.', ...'가나다라마바사아자차카타파하한국어조일', ...'あいうえおかきくけこアイウエオ日朝平壌宣言双方', ...'𠮷𩸽😀🕊', '、', '。'];
const spaces = [' ', '  ', '\n', '\u3000', '\t'];

const letter = fc.constantFrom(...letters);
const word = (min: number, max: number) => fc.array(letter, { minLength: min, maxLength: max });

/**
 * A segment `before + quote + after`, with copies of the quote set in random text of their own
 * (more than a context's length of it, so that a copy's context is not the original's) at its start
 * and end. Arrays of code points.
 */
const segmentWith = (minContext: number) =>
  fc
    .record({
      quote: word(1, 12),
      before: word(minContext, 60),
      after: word(minContext, 60),
      copiesBefore: fc.array(fc.tuple(word(contextLength + 1, 40), word(contextLength + 1, 40)), { maxLength: 2 }),
      copiesAfter: fc.array(fc.tuple(word(contextLength + 1, 40), word(contextLength + 1, 40)), { maxLength: 2 }),
    })
    .map(({ quote, before, after, copiesBefore, copiesAfter }) => {
      const copies = (list: [string[], string[]][]) => list.flatMap(([left, right]) => [...left, ...quote, ...right]);
      const head = [...copies(copiesBefore), ...before];
      const points = [...head, ...quote, ...after, ...copies(copiesAfter)];
      const copyCount = copiesBefore.length + copiesAfter.length;
      return {
        points,
        start: head.length,
        end: head.length + quote.length,
        middle: [head.length - before.length, head.length + quote.length + after.length],
        copyCount,
      };
    });
const segment = segmentWith(0);

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: word(0, 8) });

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

const textOf = (points: readonly string[]) => points.join('');

describe('anchorTarget over random texts with copies of the quote', () => {
  it('stays anchored on the same words after edits beyond the context, moved by what was added before', () => {
    fc.assert(
      fc.property(segment, edit, edit, ({ points, start, end }, before, after) => {
        const target = describeSpan('p', textOf(points), start, end);
        const prefixStart = start - Array.from(target.prefix).length;
        const suffixEnd = end + Array.from(target.suffix).length;
        const edited = [...points];
        // Beyond the context means not next to it: a quote that touched the segment's edge keeps it.
        if (suffixEnd < points.length) {
          const afterAt = suffixEnd + (after.at % (points.length - suffixEnd + 1));
          edited.splice(afterAt, Math.min(after.remove, points.length - afterAt), ...after.insert);
        }
        let shift = 0;
        if (prefixStart > 0) {
          const beforeAt = before.at % (prefixStart + 1);
          const removed = Math.min(before.remove, prefixStart - beforeAt);
          edited.splice(beforeAt, removed, ...before.insert);
          shift = before.insert.length - removed;
        }
        // Where the quote and all its context occur twice, no anchoring could tell them apart.
        fc.pre(occurrences(blind(textOf(edited)), blind(target.prefix + target.exact + target.suffix)) === 1);
        expect(anchorTarget(textOf(edited), target)).toEqual({ status: 'anchored', start: start + shift, end: end + shift, moved: shift !== 0 });
      }),
      { numRuns: 400 },
    );
  });

  it('stays anchored on the same words after an edit of part of its context on one side', () => {
    fc.assert(
      // A side of full context, a quarter of it edited at most: the other side still agrees.
      fc.property(segmentWith(contextLength), edit, fc.boolean(), ({ points, start, end }, change, onTheLeft) => {
        const target = describeSpan('p', textOf(points), start, end);
        const edited = [...points];
        let shift = 0;
        if (onTheLeft) {
          const length = Array.from(target.prefix).length;
          const at = start - (change.at % (length + 1));
          const removed = Math.min(change.remove, start - at);
          edited.splice(at, removed, ...change.insert);
          shift = change.insert.length - removed;
        } else {
          const at = end + (change.at % (Array.from(target.suffix).length + 1));
          edited.splice(at, Math.min(change.remove, points.length - at), ...change.insert);
        }
        fc.pre(occurrences(blind(textOf(edited)), blind(target.exact)) === occurrences(blind(textOf(points)), blind(target.exact)));
        expect(anchorTarget(textOf(edited), target)).toEqual({ status: 'anchored', start: start + shift, end: end + shift, moved: shift !== 0 });
      }),
      { numRuns: 400 },
    );
  });

  it('stays anchored on the same words when only whitespace changed, inside the quote too', () => {
    fc.assert(
      fc.property(segment, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...spaces)), { minLength: 1, maxLength: 8 }), ({ points, start, end }, inserts) => {
        const target = describeSpan('p', textOf(points), start, end);
        // Each point keeps its index, so that the quote's first and last characters can be found again.
        const edited: { point: string; from: number }[] = points.map((point, from) => ({ point, from }));
        for (const [at, space] of inserts) edited.splice(at % (edited.length + 1), 0, { point: space, from: -1 });
        const newText = edited.map((e) => e.point).join('');
        fc.pre(occurrences(blind(newText), blind(target.prefix + target.exact + target.suffix)) === 1);
        const first = edited.findIndex((e) => e.from === start);
        const last = edited.findIndex((e) => e.from === end - 1);
        const count = (slice: typeof edited) => slice.reduce((n, e) => n + Array.from(e.point).length, 0);
        expect(anchorTarget(newText, target)).toMatchObject({
          status: 'anchored',
          start: count(edited.slice(0, first)),
          end: count(edited.slice(0, last + 1)),
        });
      }),
      { numRuns: 400 },
    );
  });

  it('is never anchored once the quote itself was edited, though copies of it remain elsewhere', () => {
    fc.assert(
      fc.property(segment, edit, ({ points, start, end, middle, copyCount }, change) => {
        const target = describeSpan('p', textOf(points), start, end);
        const at = start + (change.at % (end - start));
        const edited = [...points];
        const removed = Math.min(Math.max(1, change.remove), points.length - at);
        edited.splice(at, removed, ...change.insert);
        // The quote is gone from its own sentence (an edit may have put the same letters back, or
        // made them of the letters next to it): what is left of it are the copies.
        const [from, to] = [middle[0]!, middle[1]! - removed + change.insert.length];
        fc.pre(!blind(textOf(edited.slice(from, to))).includes(blind(target.exact)));
        fc.pre(occurrences(blind(textOf(edited)), blind(target.exact)) === copyCount);
        expect(anchorTarget(textOf(edited), target).status).not.toBe('anchored');
      }),
      { numRuns: 400 },
    );
  });

  it('is never anchored once all of its context was rewritten', () => {
    fc.assert(
      fc.property(segment, word(contextLength, contextLength), word(contextLength, contextLength), ({ points, start, end }, left, right) => {
        const target = describeSpan('p', textOf(points), start, end);
        fc.pre(Array.from(target.prefix).length === contextLength && Array.from(target.suffix).length === contextLength);
        const edited = [...points];
        edited.splice(end, contextLength, ...right);
        edited.splice(start - contextLength, contextLength, ...left);
        expect(anchorTarget(textOf(edited), target).status).not.toBe('anchored');
      }),
      { numRuns: 300 },
    );
  });

  it('never anchors on anything but the quote', () => {
    fc.assert(
      fc.property(segment, word(1, 80), ({ points, start, end }, other) => {
        const target = describeSpan('p', textOf(points), start, end);
        const anchor = anchorTarget(textOf(other), target);
        if (anchor.status === 'anchored') expect(blind(textOf(other.slice(anchor.start, anchor.end)))).toBe(blind(target.exact));
      }),
      { numRuns: 400 },
    );
  });
});
