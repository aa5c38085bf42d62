// Mentions in a reply or a comment: `@` and a person's name as the suggestions wrote it ("@Bob
// Tanaka"). Names may hold spaces, so a mention is found by looking for each person who may be
// mentioned (lib/db/mentions.ts), not by guessing where a name ends; an `@` inside a word (an
// e-mail address) mentions no one. Shared by the editor (suggestions) and the server (who to tell).
import type { Person } from '@/lib/annotations/types';

/** Longer than any name a suggestion would be typed to find. */
const longestQuery = 64;
const wordCharacter = /[\p{L}\p{N}_]/u;

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('und');

/** The `@…` being typed just before the caret, if any: where its `@` is and what follows it. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > longestQuery) return null;
  if (at > 0 && wordCharacter.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || query.startsWith(' ')) return null;
  return { start: at, query };
}

/** The people whose name starts with the query, or has a word that does; at most `limit`. */
export function suggestPeople(people: readonly Person[], query: string, limit = 8): Person[] {
  const wanted = fold(query.trim());
  return people
    .filter((person) => {
      const name = fold(person.name);
      return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
    })
    .slice(0, limit);
}

/** The text with the `@query` at `start` replaced by the person's mention, and where the caret goes after it. */
export function insertMention(text: string, mention: { start: number; query: string }, person: Person): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  const end = mention.start + 1 + mention.query.length;
  const rest = text.slice(end).replace(/^ /, '');
  return { text: `${text.slice(0, mention.start)}${inserted}${rest}`, caret: mention.start + inserted.length };
}

/** The ids of the people `text` mentions: `@` and their whole name, not inside a word on either side. */
export function mentionedIds(text: string, people: readonly Person[]): string[] {
  const folded = fold(text);
  const ids = new Set<string>();
  for (const person of people) {
    const mention = `@${fold(person.name)}`;
    for (let at = folded.indexOf(mention); at >= 0; at = folded.indexOf(mention, at + 1)) {
      const before = folded[at - 1];
      const after = folded[at + mention.length];
      if ((before === undefined || !wordCharacter.test(before)) && (after === undefined || !wordCharacter.test(after))) {
        ids.add(person.id);
        break;
      }
    }
  }
  return [...ids];
}
