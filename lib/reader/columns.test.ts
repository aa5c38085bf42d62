import { describe, expect, it } from 'vitest';
import { chooseColumnsPath, movedColumn, readerPath, swappedColumns, withColumn, withoutColumn } from '@/lib/reader/columns';
import { columnCookieString, columnCookieValue, rememberedLangs } from '@/lib/reader/column-preference';

describe('column moves', () => {
  it('hides a column but never the last one', () => {
    expect(withoutColumn(['en', 'ko'], 'en')).toEqual(['ko']);
    expect(withoutColumn(['ko'], 'ko')).toEqual(['ko']);
  });

  it('adds a column at the end, once', () => {
    expect(withColumn(['en'], 'ja')).toEqual(['en', 'ja']);
    expect(withColumn(['en', 'ja'], 'ja')).toEqual(['en', 'ja']);
  });

  it('moves a column one place and stops at the edges', () => {
    expect(movedColumn(['en', 'ko', 'ja'], 'ja', -1)).toEqual(['en', 'ja', 'ko']);
    expect(movedColumn(['en', 'ko', 'ja'], 'en', 1)).toEqual(['ko', 'en', 'ja']);
    expect(movedColumn(['en', 'ko', 'ja'], 'en', -1)).toEqual(['en', 'ko', 'ja']);
    expect(movedColumn(['en', 'ko', 'ja'], 'ja', 1)).toEqual(['en', 'ko', 'ja']);
    expect(movedColumn(['en', 'ko'], 'xx', 1)).toEqual(['en', 'ko']);
  });

  it('swaps two columns', () => {
    expect(swappedColumns(['en', 'ko'])).toEqual(['ko', 'en']);
  });
});

describe('reader addresses', () => {
  it('keeps the columns and the passage in a shared link', () => {
    expect(readerPath('pyongyang-declaration', ['ko', 'en'])).toBe('/documents/pyongyang-declaration?langs=ko,en');
    expect(readerPath('pyongyang-declaration', ['en'], 's2-p1')).toBe('/documents/pyongyang-declaration?langs=en#s2-p1');
  });

  it('sends controls without JavaScript through the route that remembers the choice', () => {
    expect(chooseColumnsPath('background', ['en'])).toBe('/documents/background/columns?langs=en');
    expect(chooseColumnsPath('background', ['en', 'ko'], 'interleaved')).toBe('/documents/background/columns?langs=en,ko&mode=interleaved');
    expect(readerPath('background', ['ko', 'en'], 's1', 'single')).toBe('/documents/background?langs=ko,en&mode=single#s1');
  });
});

describe('remembered columns', () => {
  it('stores codes without commas and reads them back as a langs value', () => {
    expect(columnCookieValue(['ko', 'en'])).toBe('ko.en');
    expect(rememberedLangs('ko.en')).toBe('ko,en');
    expect(rememberedLangs(undefined)).toBeUndefined();
  });

  it('writes a cookie for the whole site that lasts a year', () => {
    expect(columnCookieString(['ja'], false)).toBe('accord_langs=ja; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(columnCookieString(['ja'], true)).toMatch(/; Secure$/);
  });
});
