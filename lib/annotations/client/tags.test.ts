import { describe, expect, it } from 'vitest';
import { withTypedTags } from '@/lib/annotations/client/tags';

describe('withTypedTags', () => {
  it('adds trimmed tags split at commas, without duplicates', () => {
    expect(withTypedTags(['terms'], ' history , terms,용어,')).toEqual({ tags: ['terms', 'history', '용어'], problem: null });
  });

  it('refuses a tag over 50 characters, counting code points', () => {
    expect(withTypedTags([], '𠮷'.repeat(50)).tags).toEqual(['𠮷'.repeat(50)]);
    expect(withTypedTags(['a'], 'x'.repeat(51))).toEqual({ tags: ['a'], problem: { key: 'tagTooLong', max: 50 } });
  });

  it('refuses a 21st tag and keeps the tags as they were', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(withTypedTags(twenty, 'one more')).toEqual({ tags: twenty, problem: { key: 'tooManyTags', max: 20 } });
  });
});
