import { describe, expect, it } from 'vitest';
import { audienceKey, audienceOf } from '@/lib/groups/audience';

const groups = [{ id: 'g1', name: 'Seminar', role: 'member' as const }];

describe('audienceOf', () => {
  it('reads back private, shared and a group the reader is in', () => {
    for (const audience of [{ visibility: 'private' as const }, { visibility: 'shared' as const }, { visibility: 'group' as const, groupId: 'g1' }]) {
      expect(audienceOf(audienceKey(audience), groups)).toEqual(audience);
    }
  });

  it('falls back to private for a group the reader left, or anything else', () => {
    expect(audienceOf('group:g2', groups)).toEqual({ visibility: 'private' });
    expect(audienceOf(null, groups)).toEqual({ visibility: 'private' });
    expect(audienceOf('public', groups)).toEqual({ visibility: 'private' });
  });
});
