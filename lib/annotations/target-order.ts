// The order a note's spans are shown and exported in. A note that compares languages quotes its
// own language (its first span's) first, then each other language in the order its spans were
// given ("Compare with…" adds the answering words after the words first selected); within a
// language, text order. A note in one language is simply in text order.
type Ordered = { language: string; segmentPosition: number; start: number };

export function inReadingOrder<T extends Ordered>(annotationLanguage: string, targets: readonly T[]): T[] {
  const languages = [...new Set([annotationLanguage, ...targets.map((t) => t.language)])];
  return [...targets].sort(
    (a, b) => languages.indexOf(a.language) - languages.indexOf(b.language) || a.segmentPosition - b.segmentPosition || a.start - b.start,
  );
}

/** The languages a note's spans are in, its own first (more than one: it compares languages). */
export const languagesOf = (annotation: { language: string; targets: readonly { language: string }[] }) => [
  ...new Set([annotation.language, ...annotation.targets.map((t) => t.language)]),
];
