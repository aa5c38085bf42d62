// Aligned phrases drawn in a segment's text together with its highlights. Highlight fragments are
// cut again at every phrase's edge, and the pieces of one phrase are grouped so that the phrase
// can be one element (hovered or focused whole) around its marks, without adding any text.
import type { Fragment } from '@/lib/annotations/client/highlight-fragments';

/**
 * One aligned phrase in a segment's text, in UTF-16 units (what the DOM counts), with where its
 * link stands in each language in code points (what highlights count), to light it under notes
 * made on its counterparts.
 */
export type PhraseSpan = { id: string; start: number; end: number; link?: Record<string, readonly [number, number]> };

export type Run = { phrase: string | null; fragments: Fragment[] };

/** `fragments` cover the text end to end; phrases of one language do not overlap (content checks it). */
export function phraseRuns(fragments: readonly Fragment[], phrases: readonly PhraseSpan[]): Run[] {
  const edges = phrases.flatMap((p) => [p.start, p.end]);
  const pieces = fragments.flatMap((fragment) => {
    const cuts = [...new Set([fragment.start, fragment.end, ...edges.filter((edge) => fragment.start < edge && edge < fragment.end)])].sort((a, b) => a - b);
    // Only the first piece is where a highlight begins (its keyboard stop).
    return cuts.slice(0, -1).map((start, i) => ({ ...fragment, start, end: cuts[i + 1]!, starts: i === 0 ? fragment.starts : [] }));
  });
  const runs: Run[] = [];
  for (const piece of pieces) {
    const phrase = phrases.find((p) => p.start <= piece.start && piece.end <= p.end)?.id ?? null;
    const last = runs.at(-1);
    if (last && last.phrase === phrase) last.fragments.push(piece);
    else runs.push({ phrase, fragments: [piece] });
  }
  return runs;
}
