// Overlapping highlights drawn in one segment's text: the text is cut at every highlight's edge
// into fragments, and each fragment knows every highlight that covers it. One <mark> per covered
// fragment keeps the element's text content exactly the segment text (selection offsets rely on
// it), however the highlights overlap.

/** One highlight in a text, in UTF-16 units (what the DOM counts). */
export type HighlightSpan = { id: string; start: number; end: number };

export type Fragment = {
  start: number;
  end: number;
  /** Highlights covering the fragment, the widest first and the innermost last. */
  ids: string[];
  /** Highlights whose span begins with this fragment (where a keyboard user can reach them). */
  starts: string[];
};

export function splitIntoFragments(length: number, spans: readonly HighlightSpan[]): Fragment[] {
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) }))
    .filter((span) => span.start < span.end)
    // Widest first, so that the innermost highlight ends up last (drawn on top, opened first).
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const edges = [...new Set([0, length, ...clipped.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const fragments: Fragment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    const covering = clipped.filter((span) => span.start <= start && end <= span.end);
    fragments.push({
      start,
      end,
      ids: covering.map((span) => span.id),
      starts: covering.filter((span) => span.start === start).map((span) => span.id),
    });
  }
  return fragments;
}
