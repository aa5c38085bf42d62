// Reads what a reader selected in the reader's text. Each segment's text sits in an element with
// `data-segment-id` and `data-lang` whose text content is exactly the segment text (highlights are
// <mark>s inside it that add no text), so a DOM offset into it is a UTF-16 offset into the segment.
// A selection belongs to one column: its language is the one where it starts, and segments of the
// other columns that the range passes through (the grid puts them between, row by row) are skipped.
import type { SelectedSpan } from '@/lib/anchoring';

export const segmentTextSelector = '[data-segment-id][data-lang]';

/** `witness`: the text of the language the column shows (its `data-witness`), when not the language's own. */
export type TextSelection = { language: string; witness?: string; spans: SelectedSpan[] };

function offsetInside(element: Element, node: Node, offset: number): number {
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The part of `range` inside `element`, in UTF-16 offsets into its text. */
function spanIn(range: Range, element: HTMLElement): SelectedSpan {
  const text = element.textContent ?? '';
  const whole = element.ownerDocument.createRange();
  whole.selectNodeContents(element);
  let start: number;
  if (range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0) start = 0;
  else if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) start = text.length;
  else start = offsetInside(element, range.startContainer, range.startOffset);
  let end: number;
  if (range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0) end = text.length;
  else if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) end = 0;
  else end = offsetInside(element, range.endContainer, range.endOffset);
  return { segmentId: element.dataset.segmentId ?? '', text, start, end: Math.max(start, end) };
}

function languageAt(node: Node): string | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const text = element?.closest<HTMLElement>(segmentTextSelector);
  if (text) return text.dataset.lang;
  return element?.closest<HTMLElement>('.segment-cell[lang]')?.getAttribute('lang') ?? undefined;
}

/**
 * The selected spans of `range` inside `root`, in document order, or null when the selection
 * holds no segment text. Spans may be empty or only whitespace: describeSelection drops those.
 */
export function readSelection(range: Range, root: ParentNode): TextSelection | null {
  const touched = [...root.querySelectorAll<HTMLElement>(segmentTextSelector)].filter((element) => range.intersectsNode(element));
  if (!touched.length) return null;
  const language = languageAt(range.startContainer) ?? touched[0]!.dataset.lang!;
  const inColumn = touched.filter((element) => element.dataset.lang === language);
  const spans = inColumn.map((element) => spanIn(range, element));
  const selected = spans.filter((span) => span.start < span.end);
  const witness = inColumn[0]?.dataset.witness;
  return selected.length ? { language, ...(witness ? { witness } : {}), spans: selected } : null;
}

/** Where to put something beside the end of a selection, in page coordinates. */
export function selectionBox(range: Range): { top: number; bottom: number; left: number; right: number } | null {
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
  const box = rects.at(-1) ?? range.getBoundingClientRect();
  if (!box || (box.width === 0 && box.height === 0 && box.top === 0)) return null;
  return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left + window.scrollX, right: box.right + window.scrollX };
}

/**
 * Asks the selection toolbar to select the whole text of one segment in one language and take
 * focus: the keyboard's way to begin a note without caret browsing. `trigger` gets focus back.
 */
export const selectPassageEvent = 'accord:select-passage';
export type SelectPassageRequest = { segmentId: string; lang: string; trigger: HTMLElement | null };

export function requestPassageSelection(request: SelectPassageRequest): void {
  document.dispatchEvent(new CustomEvent<SelectPassageRequest>(selectPassageEvent, { detail: request }));
}

/** Selects all the text of `segmentId` in `lang`; false when the page does not show it. */
export function selectSegmentText(root: ParentNode, segmentId: string, lang: string): boolean {
  const element = [...root.querySelectorAll<HTMLElement>(segmentTextSelector)].find((e) => e.dataset.segmentId === segmentId && e.dataset.lang === lang);
  const selection = element?.ownerDocument.getSelection();
  if (!element || !selection) return false;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
