import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, resolveLocale } from '@/lib/i18n/negotiate';

describe('localeFromAcceptLanguage', () => {
  it('picks Korean for a Korean browser, whatever its region', () => {
    expect(localeFromAcceptLanguage('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
  });

  it('picks Japanese for a Japanese browser', () => {
    expect(localeFromAcceptLanguage('ja')).toBe('ja');
    expect(localeFromAcceptLanguage('ja-JP')).toBe('ja');
  });

  it('follows the quality values, not the order', () => {
    expect(localeFromAcceptLanguage('en;q=0.3, ja;q=0.9')).toBe('ja');
  });

  it('skips languages we do not have for the next one asked for', () => {
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,ko;q=0.5')).toBe('ko');
  });

  it('falls back to English for nothing, a wildcard, unknown languages or a malformed header', () => {
    expect(localeFromAcceptLanguage(null)).toBe('en');
    expect(localeFromAcceptLanguage('')).toBe('en');
    expect(localeFromAcceptLanguage('*')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,fr;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage(';;;q=x,@@')).toBe('en');
  });

  it('keeps English for an English browser', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,ko;q=0.1')).toBe('en');
  });
});

describe('resolveLocale', () => {
  it('prefers the language the reader chose over the browser’s', () => {
    expect(resolveLocale({ cookie: 'ja', acceptLanguage: 'ko' })).toBe('ja');
  });

  it('ignores a cookie that names no interface language', () => {
    expect(resolveLocale({ cookie: 'xx', acceptLanguage: 'ko' })).toBe('ko');
    expect(resolveLocale({ cookie: undefined, acceptLanguage: undefined })).toBe('en');
  });
});
