// The time as the server renders it: in UTC, saying so, in the interface language.
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocalTime } from '@/components/i18n/local-time';
import type { Locale } from '@/lib/i18n/locales';

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC">
      <LocalTime iso="2026-12-01T10:04:00.000Z" />
    </NextIntlClientProvider>,
  );

describe('LocalTime on the server', () => {
  it('says the moment in UTC, naming the zone, with the machine-readable time', () => {
    expect(render('en')).toBe('<time dateTime="2026-12-01T10:04:00.000Z" class="nowrap">1 Dec 2026, 10:04 UTC</time>');
  });

  it('writes it in the interface language', () => {
    expect(render('ko')).toContain('>2026년 12월 1일 10:04 UTC<');
    expect(render('ja')).toContain('>2026年12月1日 10:04 UTC<');
  });
});
