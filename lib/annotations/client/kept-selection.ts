// The reader's selection, kept across a redraw of the highlights under it. Drawing or taking away
// a mark makes React replace the text nodes of that segment, and a selection whose ends sat in
// them collapses: a note another reader deletes (which goes at once, even mid-selection) or the
// marks drawn when the page wakes up would take the reader's words and the toolbar away. Each end
// is kept as a character offset into its segment text (the cell's text content is exactly that
// text, whatever marks split it) and put back after a redraw that moved it.
import { segmentTextSelector } from '@/lib/annotations/client/dom-selection';

type Point = { cell: HTMLElement; offset: number };
let kept: { anchor: Point; focus: Point } | null = null;

function pointOf(node: Node | null, offset: number): Point | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const cell = element?.closest<HTMLElement>(segmentTextSelector);
  if (!node || !cell) return null;
  const before = cell.ownerDocument.createRange();
  before.selectNodeContents(cell);
  before.setEnd(node, offset);
  return { cell, offset: before.toString().length };
}

/** The same cell again, if a redraw replaced the element itself. */
function connected(cell: HTMLElement): HTMLElement | null {
  if (cell.isConnected) return cell;
  const { segmentId, lang } = cell.dataset;
  return document.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId ?? '')}"][data-lang="${CSS.escape(lang ?? '')}"]`);
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

/** On every selection change: where the selection stands now, if both its ends are in segment texts. */
export function rememberSelection(): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) {
    kept = null;
    return;
  }
  const anchor = pointOf(selection.anchorNode, selection.anchorOffset);
  const focus = pointOf(selection.focusNode, selection.focusOffset);
  kept = anchor && focus ? { anchor, focus } : null;
}

/** The reader starts another selection (or clicks away): nothing to put back until they make one. */
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
  const anchorCell = connected(kept.anchor.cell);
  const focusCell = connected(kept.focus.cell);
  if (!selection || !anchorCell || !focusCell) {
    kept = null;
    return;
  }
  const anchor = { cell: anchorCell, offset: kept.anchor.offset };
  const focus = { cell: focusCell, offset: kept.focus.offset };
  const same = (now: Point | null, then: Point) => now?.cell === then.cell && now.offset === then.offset;
  if (
    !selection.isCollapsed &&
    same(pointOf(selection.anchorNode, selection.anchorOffset), anchor) &&
    same(pointOf(selection.focusNode, selection.focusOffset), focus)
  ) {
    return;
  }
  const from = nodeAt(anchor.cell, anchor.offset);
  const to = nodeAt(focus.cell, focus.offset);
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  kept = { anchor, focus };
}
