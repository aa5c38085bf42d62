import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatCount, formatMoment, listFormat, runtimeLanguageName } from '@/lib/i18n/format';

const moment = '2026-12-01T10:04:00Z';

describe('formatMoment', () => {
  it('writes a moment in each interface language, in the reader’s zone', () => {
    expect(formatMoment(moment, 'en', 'Asia/Seoul')).toBe('1 Dec 2026, 19:04');
    expect(formatMoment(moment, 'ko', 'Asia/Seoul')).toBe('2026년 12월 1일 19:04');
    expect(formatMoment(moment, 'ja', 'Asia/Tokyo')).toBe('2026年12月1日 19:04');
  });

  it('moves the day with the zone', () => {
    expect(formatMoment('2026-12-01T02:30:00Z', 'en', 'America/New_York')).toBe('30 Nov 2026, 21:30');
    expect(formatMoment('2026-12-01T02:30:00Z', 'ja', 'America/Los_Angeles')).toBe('2026年11月30日 18:30');
  });

  it('names the zone when it is the server’s UTC, which is not the reader’s', () => {
    expect(formatMoment(moment, 'en', 'UTC')).toBe('1 Dec 2026, 10:04 UTC');
    expect(formatMoment(moment, 'ko', 'UTC')).toBe('2026년 12월 1일 10:04 UTC');
  });

  it('leaves a value that is not a moment as it is', () => {
    expect(formatMoment('yesterday', 'en', 'UTC')).toBe('yesterday');
  });
});

describe('dateTimeFormat', () => {
  it('builds one format per locale and options and gives it back after', () => {
    const first = dateTimeFormat('ja-JP', { year: 'numeric', timeZone: 'UTC' });
    expect(dateTimeFormat('ja-JP', { year: 'numeric', timeZone: 'UTC' })).toBe(first);
    expect(dateTimeFormat('ko-KR', { year: 'numeric', timeZone: 'UTC' })).not.toBe(first);
    expect(dateTimeFormat('ja-JP', { year: 'numeric', timeZone: 'Asia/Tokyo' })).not.toBe(first);
  });
});

describe('formatCount', () => {
  it('writes a count as the interface language does', () => {
    for (const locale of ['en', 'ko', 'ja'] as const) {
      for (const count of [0, 1, 7, 42, 999, 1000, 1234, 100_000, 2_500_000]) expect(formatCount(locale, count)).toBe(count.toLocaleString(locale));
    }
    expect(formatCount('en', 100_000)).toBe('100,000');
  });
});

describe('listFormat', () => {
  it('joins names as each interface language writes a list', () => {
    expect(listFormat('en').format(['Korean', 'Japanese'])).toBe('Korean and Japanese');
    expect(listFormat('ko').format(['영어', '일본어'])).toBe('영어 및 일본어');
    expect(listFormat('ja').format(['英語', '韓国語', '中国語'])).toBe('英語、韓国語、中国語');
  });

  it('builds one formatter per locale and gives it back after (a page of markers asks for dozens)', () => {
    expect(listFormat('en-GB')).toBe(listFormat('en-GB'));
    expect(listFormat('en-GB')).not.toBe(listFormat('en'));
  });
});

describe('runtimeLanguageName', () => {
  it('names a language in the locale given', () => {
    expect(runtimeLanguageName('ja', 'ko')).toBe('韓国語');
    expect(runtimeLanguageName('en', 'ja')).toBe('Japanese');
  });

  it('gives the code back for one that is not a language tag', () => {
    expect(runtimeLanguageName('en', 'not a code')).toBe('not a code');
  });
});
