// Dates, times, counts, lists and language names in the interface language. Shared by server and
// client code.
import type { Locale } from '@/lib/i18n/locales';

// British English for the English interface: "1 Dec 2026", the app's house style, not "Dec 1, 2026".
const intlLocales: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR', ja: 'ja-JP' };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

/** The value kept in `cache` for `key`, made by `make` the first time: each formatter below is built once. */
function kept<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, kept: building one costs about half a
 * millisecond (a profile of the reader page found it there on every request, and Chromium takes as
 * long), and a handful serve every date the app writes.
 */
export function dateTimeFormat(locales: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(formats, `${locales} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locales, options));
}

const counts = new Map<string, Intl.NumberFormat>();

/**
 * A count as the interface language writes it ("1,000"). Below 1,000 its digits as they are: every
 * interface language writes those in ASCII digits with no grouping, and a page that shows only such
 * counts then builds no Intl number format at all. The first Intl format a page builds costs
 * Chromium 25 to 55 ms of loading locale data on the main thread (measured); on the reader with
 * no notes it was the only one, in the task after hydration.
 */
export function formatCount(locale: Locale, count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  return kept(counts, locale, () => new Intl.NumberFormat(locale)).format(count);
}

const lists = new Map<string, Intl.ListFormat>();

/** "Korean and Japanese" in `locale`, with one formatter kept per locale: the reader's markers ask for one each (54 on a page of three columns). */
export function listFormat(locale: string): Intl.ListFormat {
  return kept(lists, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in `locale` as the runtime knows it ("Korean", 한국어), or `code` when it knows none (or the locale is not one it has). */
export function runtimeLanguageName(locale: string, code: string): string {
  try {
    return kept(displayNames, locale, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A moment (a note written, a reply edited) to the minute: "1 Dec 2026, 10:04" in `timeZone`, or
 * in the runtime's own zone when it is undefined (the browser's: the reader's). The server, which
 * cannot know the reader's zone, passes "UTC" and the zone is then named.
 */
export function formatMoment(iso: string, locale: Locale, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: timeZone === 'UTC' ? 'short' : undefined,
  }).format(date);
}
