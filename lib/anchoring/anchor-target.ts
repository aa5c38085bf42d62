// Finds where a stored target sits in the current text of its segment, and how sure that is.
//
//   anchored  the quote, with at least a quarter of its stored context (prefix and suffix
//             together, by edit distance) agreeing around it: the words the author chose.
//   uncertain the quote found but its context agrees less than that, or only a close match of the
//             quote found (at most a quarter of it edited) where its context still agrees. Offered
//             with the text found there, for the author to confirm or to select again; never
//             passed off as the author's choice.
//   orphaned  nothing good enough, or the segment (in this language) is gone. The quote is kept.
//
// Order, cheapest first: the stored position, checked (the text did not change: one comparison);
// then every candidate of match-quote.ts, the best by hypothesis' score. Everything is compared
// through NFC and without whitespace, so a change of spacing alone keeps a note anchored; the
// positions reported are code points of the real text, from the first to the last character
// matched. Japanese and Chinese have no spaces between words, so nothing relies on word boundaries.
import { blindText, originalRange, type BlindText } from '@/lib/anchoring/blind-text';
import { codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { candidates, type Candidate } from '@/lib/anchoring/match-quote';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';

export type AnchorStatus = 'anchored' | 'uncertain' | 'orphaned';

export type Anchor =
  | { status: 'anchored'; start: number; end: number; moved: boolean }
  | {
      status: 'uncertain';
      start: number;
      end: number;
      moved: boolean;
      /** `context-changed`: the quote is there, its surroundings are not; `quote-changed`: a close match. */
      reason: 'context-changed' | 'quote-changed';
      /** The text now at start..end. */
      found: string;
    }
  | { status: 'orphaned'; reason: 'quote-not-found' | 'segment-missing' };

/** `prefix`/`suffix` undefined: not known (an imported quote without them), unlike '' (the segment's edge). */
export type StoredTarget = Pick<SpanSelector, 'start' | 'end' | 'exact'> & { prefix?: string; suffix?: string };

/** Below this share of agreeing context, the quote found is not taken for the author's words. */
export const minimumAgreement = 1 / 4;

const severity: Record<AnchorStatus, number> = { anchored: 0, uncertain: 1, orphaned: 2 };

/** A note's status: that of its worst span. */
export function worstStatus(statuses: Iterable<AnchorStatus>): AnchorStatus {
  let worst: AnchorStatus = 'anchored';
  for (const status of statuses) if (severity[status] > severity[worst]) worst = status;
  return worst;
}

/** Anchors `target` in `text` (the segment's current NFC text, or undefined when it is gone). */
export function anchorTarget(text: string | undefined, target: StoredTarget): Anchor {
  if (text === undefined) return { status: 'orphaned', reason: 'segment-missing' };
  if (target.exact === '') return { status: 'orphaned', reason: 'quote-not-found' };
  if (isStillInPlace(text, target)) return { status: 'anchored', start: target.start, end: target.end, moved: false };
  const view = blindText(text);
  const found = candidates(view, target, blindHint(text, view, target.start)).filter((c) => !splitsPair(view.text, c.start) && !splitsPair(view.text, c.end));
  const best = bestOf(found);
  if (!best) return { status: 'orphaned', reason: 'quote-not-found' };
  const exact = best.quoteScore === 1;
  if (exact && best.agreement >= minimumAgreement) return { status: 'anchored', ...place(text, view, best, target) };
  // A close match is offered only where its context shows it is the same place; the quote itself, always.
  if (!exact && best.agreement < minimumAgreement) {
    const quote = bestOf(found.filter((c) => c.quoteScore === 1));
    return quote ? uncertain(text, view, quote, target, 'context-changed') : { status: 'orphaned', reason: 'quote-not-found' };
  }
  return uncertain(text, view, best, target, exact ? 'context-changed' : 'quote-changed');
}

function uncertain(text: string, view: BlindText, candidate: Candidate, target: StoredTarget, reason: 'context-changed' | 'quote-changed'): Anchor {
  const at = place(text, view, candidate, target);
  return { status: 'uncertain', ...at, reason, found: sliceCodePoints(text, at.start, at.end) };
}

function bestOf(list: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of list) if (!best || candidate.score > best.score) best = candidate;
  return best;
}

function place(text: string, view: BlindText, candidate: Candidate, target: StoredTarget) {
  const range = originalRange(view, candidate.start, candidate.end);
  const start = utf16ToCodePoint(text, range.start, 'floor');
  const end = utf16ToCodePoint(text, range.end, 'ceil');
  return { start, end, moved: start !== target.start || end !== target.end };
}

function isStillInPlace(text: string, target: StoredTarget): boolean {
  if (!(0 <= target.start && target.start < target.end && target.end <= codePointLength(text))) return false;
  const here = describeSpan('', text, target.start, target.end);
  return here.exact === target.exact && here.prefix === target.prefix && here.suffix === target.suffix;
}

/** The stored start, as an index of the blind view (the first kept unit at or after it). */
function blindHint(text: string, view: BlindText, start: number): number {
  const utf16 = codePointToUtf16(text, Math.min(start, codePointLength(text)));
  const index = view.toOriginal.findIndex((original) => original >= utf16);
  return index === -1 ? view.text.length : index;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
function splitsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
}

/** The UTF-16 range of an anchored target, for drawing it in the DOM. */
export function anchorToUtf16(text: string, anchor: { start: number; end: number }): { start: number; end: number } {
  return { start: codePointToUtf16(text, anchor.start), end: codePointToUtf16(text, anchor.end) };
}
