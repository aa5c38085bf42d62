'use client';
// The interface language, chosen in the header. A plain form that posts to app/api/locale, so it
// works without JavaScript; it is a client component only to know the page it is on (path and
// query, rendered into the server's HTML too), where the reader comes back after switching.
import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import type { FormEvent } from 'react';
import { localeNames, locales } from '@/lib/i18n/locales';
import styles from '@/components/i18n/language-switcher.module.css';

export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const back = `${pathname}${query ? `?${query}` : ''}`;

  // The fragment (a passage's anchor) never reaches the server; with scripts it comes along.
  function keepFragment(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem('back');
    if (input instanceof HTMLInputElement) input.value = `${back}${window.location.hash}`;
  }

  return (
    <details className={styles.switcher}>
      <summary className={styles.summary}>
        <svg className={styles.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
          <path
            d="M1.5 8h13M8 1.5c2 2 2.8 4.2 2.8 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.2 5.7 5.2 8S6 12.5 8 14.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.2"
          />
        </svg>
        <span className="visually-hidden">{t('label')}: </span>
        <span lang={current}>{localeNames[current]}</span>
      </summary>
      <form method="post" action="/api/locale" className={styles.menu} aria-label={t('change')} onSubmit={keepFragment}>
        <input type="hidden" name="back" value={back} />
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            className={styles.option}
            aria-current={locale === current ? 'true' : undefined}
          >
            {localeNames[locale]}
          </button>
        ))}
      </form>
    </details>
  );
}
