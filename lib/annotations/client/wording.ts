// Words the annotation UI uses in several places, kept together so they stay the same everywhere.
import type { Color } from '@/lib/validations/annotation';

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

/** "1 note on the Korean text", the marker beside an aligned segment. */
export const notesOnText = (count: number, languageName: string) => `${plural(count, 'note')} on the ${languageName} text`;

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
  return characters.length <= max ? flat : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Markdown reduced to its words, for one-line previews in the list (the full view renders it). */
export function plainComment(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
