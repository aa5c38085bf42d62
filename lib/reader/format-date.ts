import { dateTimeFormat, intlLocale } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/** "17 September 2002" (or 2002년 9월 17일, 2002年9月17日) from "2002-09-17"; the date of a text, not a moment, so read in UTC. */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
