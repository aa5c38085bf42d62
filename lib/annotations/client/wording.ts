// Shapes of text the annotation UI uses in several places (its words are in messages/*.json).
import { plainText } from '@/lib/markdown/plain-text';

export const languageCodes = (codes: readonly string[]) => codes.map((code) => code.toUpperCase()).join(' ');

/** The first words of a text, for lists: whole code points, never half a character. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= max
    ? flat
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Markdown reduced to its words, for one-line previews in the list (the full view renders it). */
export const plainComment = plainText;
