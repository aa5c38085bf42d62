import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountNav } from '@/components/auth/account-nav';
import './fonts.css';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Accord', template: '%s · Accord' },
  description: 'Read diplomatic texts side by side in several languages, annotate and discuss them.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Accord
          </Link>
          <AccountNav />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
