// Words the annotation UI uses in several places, kept together so they stay the same everywhere.
import type { Color } from '@/lib/validations/annotation';
import { plainText } from '@/lib/markdown/plain-text';

export const colorNames: Record<Color, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "English", "English and Korean", "English, Korean and Japanese". */
export function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * What the marker beside an aligned segment says to a screen reader: "2 notes on the English and
 * Korean text of this passage". Its visible words are the short form, "2 notes · EN KO".
 */
export const notesOnOtherTexts = (count: number, languageNames: readonly string[]) =>
  `${plural(count, 'note')} on the ${andList(languageNames)} text of this passage`;

export const languageCodes = (codes: readonly string[]) => codes.map((code) => code.toUpperCase()).join(' ');

/**
 * "23 Nov 2026, 14:22 UTC". Fixed locale and time zone: the same words on the server and in the
 * browser, so that server-rendered lists do not change when the page wakes up.
 */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(date);
  return `${day}, ${time} UTC`;
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

/** Markdown reduced to its words, for one-line previews in the list (the full view renders it). */
export const plainComment = plainText;
