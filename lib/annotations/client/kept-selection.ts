// The reader's selection, kept across a redraw of the highlights under it. Drawing or taking away
// a mark makes React replace the text nodes of that segment, and a selection whose ends sat in
// them collapses: a note another reader deletes (which goes at once, even mid-selection) or the
// marks drawn when the page wakes up would take the reader's words and the toolbar away. An end in
// a segment text is kept as a character offset into it (the cell's text content is exactly that
// text, whatever marks split it), with the text itself, and put back after a redraw that moved it;
// an end outside every segment text (a triple click ends on the next block) is kept as it is.
import { segmentTextSelector } from '@/lib/annotations/client/dom-selection';

type Point = { cell: HTMLElement; offset: number; text: string } | { node: Node; offset: number };
let kept: { anchor: Point; focus: Point } | null = null;

function pointOf(node: Node, offset: number): Point {
  const element = node instanceof Element ? node : node.parentElement;
  const cell = element?.closest<HTMLElement>(segmentTextSelector);
  if (!cell) return { node, offset };
  const before = cell.ownerDocument.createRange();
  before.selectNodeContents(cell);
  before.setEnd(node, offset);
  return { cell, offset: before.toString().length, text: cell.textContent ?? '' };
}

/** The same cell again, if a redraw replaced the element itself; null if its text is another now (a witness chosen, another page). */
function sameCell(point: Extract<Point, { cell: HTMLElement }>): HTMLElement | null {
  const { segmentId, lang } = point.cell.dataset;
  const cell = point.cell.isConnected
    ? point.cell
    : document.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId ?? '')}"][data-lang="${CSS.escape(lang ?? '')}"]`);
  return cell && cell.textContent === point.text ? cell : null;
}

function nodeAt(cell: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= node.data.length) return { node, offset };
    offset -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: cell, offset: cell.childNodes.length };
}

/** Where a kept end is in the page now: null when it cannot be found as it was. */
function placeOf(point: Point): { node: Node; offset: number } | null {
  if ('node' in point) return point.node.isConnected ? point : null;
  const cell = sameCell(point);
  return cell ? nodeAt(cell, point.offset) : null;
}

function samePoint(a: Point, b: Point): boolean {
  if ('node' in a || 'node' in b) return 'node' in a && 'node' in b && a.node === b.node && a.offset === b.offset;
  return a.offset === b.offset && a.text === b.text && a.cell.dataset.segmentId === b.cell.dataset.segmentId && a.cell.dataset.lang === b.cell.dataset.lang;
}

/** On every selection change: where the selection stands now, if it touches a segment text. */
export function rememberSelection(): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount || !selection.anchorNode || !selection.focusNode) {
    kept = null;
    return;
  }
  const anchor = pointOf(selection.anchorNode, selection.anchorOffset);
  const focus = pointOf(selection.focusNode, selection.focusOffset);
  kept = 'cell' in anchor || 'cell' in focus ? { anchor, focus } : null;
}

let readThisTask = false;

/** Right before a redraw: the same, read once for all the segments one commit redraws (selection-keeper.tsx). */
export function rememberBeforeRedraw(): void {
  if (readThisTask) return;
  readThisTask = true;
  queueMicrotask(() => (readThisTask = false));
  rememberSelection();
}

/** The reader moves the selection themselves (a click, a key), or the page goes: nothing to put back until the browser reports the new one. */
export function forgetSelection(): void {
  kept = null;
}

/** Takes the selection away on purpose (it became a note, or waits to be compared): a redraw before the browser says so must not bring it back. */
export function clearSelection(): void {
  kept = null;
  getSelection()?.removeAllRanges();
}

/** After highlights were redrawn: puts the selection back where the reader left it, if the redraw moved it. */
export function restoreSelection(): void {
  if (!kept) return;
  const selection = getSelection();
  const from = placeOf(kept.anchor);
  const to = placeOf(kept.focus);
  if (!selection || !from || !to) {
    kept = null;
    return;
  }
  const { anchorNode, focusNode } = selection;
  if (
    !selection.isCollapsed &&
    anchorNode &&
    focusNode &&
    samePoint(pointOf(anchorNode, selection.anchorOffset), kept.anchor) &&
    samePoint(pointOf(focusNode, selection.focusOffset), kept.focus)
  ) {
    return;
  }
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
