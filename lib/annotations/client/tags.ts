// Tags typed into the editor, checked by the API's rules before anything is sent: up to 20 tags
// of up to 50 characters (code points), trimmed, NFC, no duplicates, a comma separates two tags.
import { codePointLength } from '@/lib/anchoring/code-points';
import { limits } from '@/lib/validations/annotation-limits';

/** The tags with what is typed added, or, leaving them as they were, why it cannot be. */
export function withTypedTags(tags: readonly string[], text: string): { tags: string[]; problem: string | null } {
  const next = [...tags];
  for (const raw of text.split(',')) {
    const tag = raw
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .normalize('NFC');
    if (!tag || next.includes(tag)) continue;
    if (codePointLength(tag) > limits.tagLength) return { tags: [...tags], problem: `A tag can have at most ${limits.tagLength} characters.` };
    if (next.length >= limits.tags) return { tags: [...tags], problem: `At most ${limits.tags} tags.` };
    next.push(tag);
  }
  return { tags: next, problem: null };
}
