// next-intl's request configuration (named in next.config.js): the interface language of this
// request and its messages. There is no locale in the address: the same page answers in the
// reader's language (lib/i18n/negotiate.ts). Times are rendered in UTC on the server, which cannot
// know the reader's zone; components/local-time.tsx moves them into it in the browser.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeCookieName } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';
import { resolveLocale } from '@/lib/i18n/negotiate';

export default getRequestConfig(async () => {
  const locale = resolveLocale({
    cookie: (await cookies()).get(localeCookieName)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
  });
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
