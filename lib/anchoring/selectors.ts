// The two W3C selectors Accord stores for every selected span, as plain tagged objects, and the
// function that describes a span of a segment's text with them.
import { codePointLength, sliceCodePoints } from '@/lib/anchoring/code-points';

/** Code points of context kept on each side of a quote. */
export const contextLength = 32;

export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };

/**
 * One selected span inside one segment, flat as it is stored and sent over the API: the position
 * (code points of the segment's NFC text) and the quote with its context.
 */
export type SpanSelector = {
  segmentId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

/** Describes code points `start..end` of `text`; the caller checks that they lie inside it. */
export function describeSpan(segmentId: string, text: string, start: number, end: number): SpanSelector {
  const length = codePointLength(text);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= length)) {
    throw new RangeError(`span ${start}..${end} is not a non-empty span of a text of ${length} code points`);
  }
  return {
    segmentId,
    start,
    end,
    exact: sliceCodePoints(text, start, end),
    prefix: sliceCodePoints(text, Math.max(0, start - contextLength), start),
    suffix: sliceCodePoints(text, end, Math.min(length, end + contextLength)),
  };
}

export function positionSelector(span: Pick<SpanSelector, 'start' | 'end'>): TextPositionSelector {
  return { type: 'TextPositionSelector', start: span.start, end: span.end };
}

export function quoteSelector(span: Pick<SpanSelector, 'exact' | 'prefix' | 'suffix'>): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix };
}
