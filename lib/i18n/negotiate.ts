// Which interface language a request gets: the one the reader chose with the switcher (cookie),
// else the best match of what their browser asks for (Accept-Language), else English.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/locales';

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The best of our locales for an Accept-Language header ("ko-KR,ko;q=0.9,en;q=0.8" → "ko"). */
export function localeFromAcceptLanguage(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  // Negotiator orders by quality and drops q=0; "*" and malformed tags would make match() throw.
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter(isLanguageTag);
  if (!requested.length) return defaultLocale;
  const matched = match(requested, [...locales], defaultLocale, { algorithm: 'best fit' });
  return isLocale(matched) ? matched : defaultLocale;
}

export function resolveLocale(input: { cookie: string | undefined; acceptLanguage: string | null | undefined }): Locale {
  return isLocale(input.cookie) ? input.cookie : localeFromAcceptLanguage(input.acceptLanguage);
}
