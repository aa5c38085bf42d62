// DOM Ranges over every occurrence of a phrase in an element's text, across the text nodes that
// marks and phrases cut it into: what the CSS Custom Highlight API paints without touching the DOM.

/** Ranges of each occurrence of `needle` (case as written) in `root`'s text. */
export function textRanges(root: Element, needle: string): Range[] {
  if (!needle) return [];
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  const place = (offset: number, end: boolean) => {
    // The last node starting at or before the offset (for an end, strictly before it, so a range never ends at a node's start).
    let i = nodes.length - 1;
    while (i > 0 && (end ? nodes[i]!.start >= offset : nodes[i]!.start > offset)) i--;
    return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
  };
  const ranges: Range[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    const range = root.ownerDocument.createRange();
    const start = place(at, false);
    const end = place(at + needle.length, true);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}
