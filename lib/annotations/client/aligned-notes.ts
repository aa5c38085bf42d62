// The notes a cell's marker stands for: those made on the other languages' versions of the same
// segment, where their passage is still found, saved, and not deleted. Grouped by language in the
// document's order, each language's notes in text order.
import type { Annotation } from '@/lib/annotations/types';

export function notesOnCounterparts(
  annotations: readonly Annotation[],
  segmentId: string,
  lang: string,
  languageOrder: readonly string[],
  pendingIds: ReadonlySet<string> = new Set(),
): Annotation[] {
  const rank = (code: string) => {
    const index = languageOrder.indexOf(code);
    return index < 0 ? languageOrder.length : index;
  };
  return annotations
    .filter(
      (a) =>
        !a.deleted &&
        a.language !== lang &&
        !pendingIds.has(a.id) &&
        a.targets.some((t) => t.segmentId === segmentId && t.anchor.status === 'anchored'),
    )
    .map((annotation, order) => ({ annotation, order }))
    .sort((a, b) => rank(a.annotation.language) - rank(b.annotation.language) || a.order - b.order)
    .map(({ annotation }) => annotation);
}

/** The languages of those notes, once each, in the same order. */
export const languagesOf = (notes: readonly Annotation[]) => [...new Set(notes.map((n) => n.language))];
