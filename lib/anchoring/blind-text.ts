// A text as the matcher sees it: NFC, with every whitespace character left out, and a map back
// to the original. A change of spacing alone (a doubled space, a line break, a space added after
// a comma) then changes nothing the matcher compares, so the note stays anchored. Leaving spaces
// out rather than collapsing them also covers a space added where there was none; that two words
// run together in this view ("a rose" / "arose") is told apart by the context, as any repeat is.

export type BlindText = {
  /** The text without whitespace, in UTF-16 units. */
  text: string;
  /** For each UTF-16 index of `text`, and one past its end, the UTF-16 index in the original. */
  toOriginal: number[];
};

const whitespace = /\s/u;

export function blindText(original: string): BlindText {
  const text: string[] = [];
  const toOriginal: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const unit = original[i]!;
    if (whitespace.test(unit)) continue;
    text.push(unit);
    toOriginal.push(i);
  }
  toOriginal.push(original.length);
  return { text: text.join(''), toOriginal };
}

/** The matcher's view of a stored quote, prefix or suffix. */
export const blind = (text: string): string => text.normalize('NFC').replace(/\s+/gu, '');

/** The original UTF-16 range of `start..end` of the view: from its first character to just after its last. */
export function originalRange(view: BlindText, start: number, end: number): { start: number; end: number } {
  return { start: view.toOriginal[start]!, end: view.toOriginal[end - 1]! + 1 };
}
