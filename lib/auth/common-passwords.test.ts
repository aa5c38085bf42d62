import { describe, expect, it } from 'vitest';
import { commonPasswordCount, isCommonPassword } from '@/lib/auth/common-passwords';

describe('isCommonPassword', () => {
  it('knows at least ten thousand passwords, shipped with the package', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('finds common passwords whatever their case and surrounding spaces, and not uncommon ones', () => {
    expect(['password12', '1234567890a', ' Qwertyuiop ', 'iloveyou'].map(isCommonPassword)).toEqual([true, true, true, true]);
    expect(['accord-demo-2002', 'pyongyang-2002-reading'].map(isCommonPassword)).toEqual([false, false]);
  });
});
