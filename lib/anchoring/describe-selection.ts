// Turns what a reader selected in one column into targets: one span per segment the selection
// touches, in document order. The browser measures a selection in UTF-16 offsets into each
// segment's text; targets are stored in code points.
import { utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';

/** Part of a selection inside one segment: `start..end` are UTF-16 offsets into `text` (NFC). */
export type SelectedSpan = { segmentId: string; text: string; start: number; end: number };

const whitespace = /^\s$/u;

/**
 * Builds the targets of one selection. Whitespace at either edge of a span is left out (a
 * selection dragged to the end of a paragraph picks up its line break, which says nothing of
 * the passage), and a span with nothing else in it gives no target.
 */
export function describeSelection(spans: readonly SelectedSpan[]): SpanSelector[] {
  const targets: SpanSelector[] = [];
  for (const span of spans) {
    const characters = Array.from(span.text);
    let start = utf16ToCodePoint(span.text, Math.min(span.start, span.end), 'floor');
    let end = utf16ToCodePoint(span.text, Math.max(span.start, span.end), 'ceil');
    while (start < end && whitespace.test(characters[start]!)) start++;
    while (end > start && whitespace.test(characters[end - 1]!)) end--;
    if (start < end) targets.push(describeSpan(span.segmentId, span.text, start, end));
  }
  return targets;
}
