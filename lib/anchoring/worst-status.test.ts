import { describe, expect, it } from 'vitest';
import { worstStatus } from '@/lib/anchoring/anchor-target';

describe('worstStatus', () => {
  it("gives a note its worst span's status", () => {
    expect(worstStatus(['anchored', 'anchored'])).toBe('anchored');
    expect(worstStatus(['anchored', 'uncertain'])).toBe('uncertain');
    expect(worstStatus(['uncertain', 'orphaned', 'anchored'])).toBe('orphaned');
  });
});
