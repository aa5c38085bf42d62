// Shapes of text the annotation UI uses in several places (its words are in messages/*.json).
import { parseTextKey } from '@/lib/content/text-keys';
import { defaultWitnessId } from '@/lib/content/types';

export const languageCodes = (codes: readonly string[]) => codes.map((code) => code.toUpperCase()).join(' ');

/** A text key as a short label: `JA` for a language's own text, `JA (working)` for another text of it (lib/content/text-keys.ts). */
export function textCode(key: string): string {
  const { language, witness } = parseTextKey(key);
  return witness === defaultWitnessId ? language.toUpperCase() : `${language.toUpperCase()} (${witness})`;
}

/** The same in words: "Japanese (working)". */
export function textName(key: string, languageName: (code: string) => string): string {
  const { language, witness } = parseTextKey(key);
  return witness === defaultWitnessId ? languageName(language) : `${languageName(language)} (${witness})`;
}

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
