'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';

// Shown when a page fails to render (the content or the database did not answer). The digest
// matches the server's log line, so a reader can report it.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);

  return (
    <div className="message-page" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        This page could not be shown
      </h1>
      <p>Something went wrong on our side while preparing it. Nothing you did caused this, and nothing was lost.</p>
      {digest ? (
        <p className="muted">
          If it keeps happening, mention this reference when you report it: <code>{digest}</code>
        </p>
      ) : null}
      <p className="message-actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the list of documents</Link>
      </p>
    </div>
  );
}
