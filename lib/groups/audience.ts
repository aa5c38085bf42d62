// Who a new note is for: private, one of the reader's groups, or everyone. The selection toolbar
// remembers the last choice per document in localStorage (this browser only, like the columns).
import type { Visibility } from '@/lib/validations/annotation-limits';

export type Audience = { visibility: Visibility; groupId?: string };
export type GroupChoice = { id: string; name: string; role: 'owner' | 'moderator' | 'member' };

export const privateAudience: Audience = { visibility: 'private' };

/** One string per choice, for a <select> value and for storage. */
export const audienceKey = (audience: Audience) => (audience.visibility === 'group' ? `group:${audience.groupId}` : audience.visibility);

/** The choice a key names, if the reader still has it (a group left since is no choice): else private. */
export function audienceOf(key: string | null | undefined, groups: readonly GroupChoice[]): Audience {
  if (key === 'shared') return { visibility: 'shared' };
  if (key?.startsWith('group:')) {
    const groupId = key.slice('group:'.length);
    if (groups.some((group) => group.id === groupId)) return { visibility: 'group', groupId };
  }
  return privateAudience;
}

const storageKey = (slug: string) => `accord:audience:${slug}`;

export function rememberedAudience(slug: string, groups: readonly GroupChoice[]): Audience {
  try {
    return audienceOf(window.localStorage.getItem(storageKey(slug)), groups);
  } catch {
    return privateAudience;
  }
}

export function rememberAudience(slug: string, audience: Audience): void {
  try {
    window.localStorage.setItem(storageKey(slug), audienceKey(audience));
  } catch {
    // Storage refused (private mode, full): the choice holds for this page only.
  }
}
