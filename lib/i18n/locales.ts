// The interface languages. Shared by server and client code: no headers, no cookies here.

export const locales = ['en', 'ko', 'ja'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's name in itself, for the switcher: a reader who cannot read the current interface still finds their own. */
export const localeNames: Record<Locale, string> = { en: 'English', ko: '한국어', ja: '日本語' };

// Set by the language switcher (app/api/locale), read by lib/i18n/request.ts. Not HttpOnly:
// it holds nothing but a language code.
export const localeCookieName = 'accord_locale';
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
