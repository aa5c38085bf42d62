// Finds where a stored target sits in the current text of its segment.
//
// Fallback order, from the cheapest and surest to giving up:
//   1. Position, checked: if the text at the stored start..end is still the quote, and the context
//      around it is still the stored prefix and suffix, the target is where it was. This is the
//      common case (the text did not change) and costs one comparison.
//   2. Quote search: every occurrence of the exact quote in the segment is a candidate. The one whose
//      surroundings agree with the stored prefix and suffix over the most code points wins; among
//      equals, the one nearest the stored position; then the earliest. Context comes before nearness
//      because an edit before the passage shifts it by any amount while its neighbours travel with it;
//      and a repeated phrase ("both sides", "정상화") is told apart by its neighbours, not its offset.
//   3. Orphaned: if the quote occurs nowhere in the segment, the target is not placed. There is
//      deliberately no fuzzy step (edit distance, partial quotes): a highlight moved onto words the
//      reader never chose is worse than one shown openly as orphaned with its quote, and the quote
//      is kept, so nothing is lost and the reader can re-annotate the new wording.
// A target whose segment (or the segment's text in its language) is gone is orphaned as well.
// Matching is exact over NFC text: Japanese and Chinese have no spaces between words, so nothing
// here relies on word boundaries.
import { codePointLength, codePointToUtf16, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';

export type Anchor = { status: 'anchored'; start: number; end: number; moved: boolean } | { status: 'orphaned'; reason: 'quote-not-found' | 'segment-missing' };

export type StoredTarget = Pick<SpanSelector, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>;

/** Anchors `target` in `text` (the segment's current NFC text, or undefined when it is gone). */
export function anchorTarget(text: string | undefined, target: StoredTarget): Anchor {
  if (text === undefined) return { status: 'orphaned', reason: 'segment-missing' };
  if (target.exact === '') return { status: 'orphaned', reason: 'quote-not-found' };
  if (isStillInPlace(text, target)) return { status: 'anchored', start: target.start, end: target.end, moved: false };

  const best = bestOccurrence(text, target);
  if (best === undefined) return { status: 'orphaned', reason: 'quote-not-found' };
  const end = best + codePointLength(target.exact);
  return { status: 'anchored', start: best, end, moved: best !== target.start || end !== target.end };
}

function isStillInPlace(text: string, target: StoredTarget): boolean {
  if (!(0 <= target.start && target.start < target.end && target.end <= codePointLength(text))) return false;
  const here = describeSpan('', text, target.start, target.end);
  return here.exact === target.exact && here.prefix === target.prefix && here.suffix === target.suffix;
}

/** Code point offset of the occurrence of the quote that fits the stored target best. */
function bestOccurrence(text: string, target: StoredTarget): number | undefined {
  let best: { start: number; agreement: number; distance: number } | undefined;
  for (const index of occurrences(text, target.exact)) {
    const start = utf16ToCodePoint(text, index);
    const agreement = contextAgreement(text, index, index + target.exact.length, target);
    const distance = Math.abs(start - target.start);
    if (!best || agreement > best.agreement || (agreement === best.agreement && distance < best.distance)) {
      best = { start, agreement, distance };
    }
  }
  return best?.start;
}

/** UTF-16 indexes where `quote` starts in `text`, overlapping matches included. */
function* occurrences(text: string, quote: string): Generator<number> {
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
    // A well-formed quote never starts inside a surrogate pair, but a stored one might be damaged.
    if (utf16ToCodePoint(text, index) === utf16ToCodePoint(text, index, 'ceil')) yield index;
  }
}

/** How many code points of the stored prefix and suffix agree with the text around a candidate. */
function contextAgreement(text: string, from: number, to: number, target: StoredTarget): number {
  // Where the context agrees, it has the same UTF-16 units as the stored one: no need to look further.
  const before = Array.from(text.slice(Math.max(0, from - target.prefix.length), from)).reverse();
  const after = Array.from(text.slice(to, to + target.suffix.length));
  return commonLeadLength(before, Array.from(target.prefix).reverse()) + commonLeadLength(after, Array.from(target.suffix));
}

function commonLeadLength(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** The UTF-16 range of an anchored target, for drawing it in the DOM. */
export function anchorToUtf16(text: string, anchor: { start: number; end: number }): { start: number; end: number } {
  return { start: codePointToUtf16(text, anchor.start), end: codePointToUtf16(text, anchor.end) };
}
