import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/auth/account-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { notoSans, notoSansJp, notoSansKr } from './fonts/faces';
import './fonts/fallbacks.css';
import { FullCoverageFonts } from './fonts/full-coverage';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Metadata');
  return { title: { default: 'Accord', template: '%s · Accord' }, description: t('description') };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts), which
  // a page built once ahead of time could not know, and the browser would refuse to run them.
  await connection();
  const locale = await getLocale();
  const t = await getTranslations('Layout');
  return (
    <html lang={locale} className={`${notoSans.variable} ${notoSansKr.variable} ${notoSansJp.variable}`}>
      <body>
        <ClientMessages area="layout">
          <FullCoverageFonts />
          {/* An underscore cannot occur in a segment id, so this id never collides with a passage's anchor. */}
          <a className="skip-link" href="#accord_main">
            {t('skipLink')}
          </a>
          <header className="site-header">
            <Link href="/" className="site-name">
              Accord
            </Link>
            <div className="site-tools">
              <LanguageSwitcher />
              <AccountNav />
            </div>
          </header>
          <main id="accord_main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t('footer')}</p>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
