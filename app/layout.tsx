import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AccountNav } from '@/components/auth/account-nav';
import { notoSans, notoSansJp, notoSansKr } from './fonts/faces';
import './fonts/fallbacks.css';
import { FullCoverageFonts } from './fonts/full-coverage';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Accord', template: '%s · Accord' },
  description: 'Read diplomatic texts side by side in several languages, annotate and discuss them.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts), which
  // a page built once ahead of time could not know, and the browser would refuse to run them.
  await connection();
  return (
    <html lang="en" className={`${notoSans.variable} ${notoSansKr.variable} ${notoSansJp.variable}`}>
      <body>
        <FullCoverageFonts />
        {/* An underscore cannot occur in a segment id, so this id never collides with a passage's anchor. */}
        <a className="skip-link" href="#accord_main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Accord
          </Link>
          <AccountNav />
        </header>
        <main id="accord_main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Accord shows each text with its source and status. Columns marked “working translation” are our own translations from the English, not the authentic
            texts.
          </p>
        </footer>
      </body>
    </html>
  );
}
