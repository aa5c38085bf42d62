'use client';
// A moment in the reader's language and time zone. The server cannot know the zone: its HTML (and
// the first render while the page hydrates, which must match it) says the time in UTC, naming the
// zone; once scripts run, the browser rewrites it in its own zone.
import { useLocale } from 'next-intl';
import { useHydrated } from '@/components/use-hydrated';
import { formatMoment } from '@/lib/i18n/format';

export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const hydrated = useHydrated();
  return (
    <time dateTime={iso} className="nowrap">
      {formatMoment(iso, locale, hydrated ? undefined : 'UTC')}
    </time>
  );
}
