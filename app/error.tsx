'use client';

import { Link } from '@/components/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

// Shown when a page fails to render (the content or the database did not answer). The digest
// matches the server's log line, so a reader can report it.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('ErrorPage');
  const common = useTranslations('Common');
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);

  return (
    <div className="message-page" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t('body')}</p>
      {digest ? <p className="muted">{t.rich('reference', { digest, code: (text) => <code>{text}</code> })}</p> : null}
      <p className="message-actions">
        <button type="button" className="button" onClick={() => retry()}>
          {t('retry')}
        </button>
        <Link href="/">{common('documentsLink')}</Link>
      </p>
    </div>
  );
}
