import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/reader/format-date';

describe('formatDate', () => {
  it('writes the date of a text in words, whatever the server time zone', () => {
    expect(formatDate('2002-09-17')).toBe('17 September 2002');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatDate in the interface language', () => {
  it('writes the date the Korean and Japanese way', () => {
    expect(formatDate('2002-09-17', 'ko')).toBe('2002년 9월 17일');
    expect(formatDate('2002-09-17', 'ja')).toBe('2002年9月17日');
    expect(formatDate('2002-09-17', 'en')).toBe('17 September 2002');
  });
});
