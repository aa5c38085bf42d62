// Tags typed into the editor, checked by the API's rules before anything is sent: up to 20 tags
// of up to 50 characters (code points), trimmed, NFC, no duplicates, a comma separates two tags.
import { codePointLength } from '@/lib/anchoring/code-points';
import { limits } from '@/lib/validations/annotation-limits';

/** Why typed tags cannot be added: a key of Notes in messages/*.json, said with the limit as `max`. */
export type TagProblem = { key: 'tagTooLong' | 'tooManyTags'; max: number };

/** The tags with what is typed added, or, leaving them as they were, why it cannot be. */
export function withTypedTags(tags: readonly string[], text: string): { tags: string[]; problem: TagProblem | null } {
  const next = [...tags];
  for (const raw of text.split(',')) {
    const tag = raw
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .normalize('NFC');
    if (!tag || next.includes(tag)) continue;
    if (codePointLength(tag) > limits.tagLength) return { tags: [...tags], problem: { key: 'tagTooLong', max: limits.tagLength } };
    if (next.length >= limits.tags) return { tags: [...tags], problem: { key: 'tooManyTags', max: limits.tags } };
    next.push(tag);
  }
  return { tags: next, problem: null };
}
