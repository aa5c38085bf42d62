import Link from 'next/link';

/**
 * What a page shows instead of its data while the database is not answering (a restart takes a
 * few seconds): not an error of the reader's or a crash, nothing lost, and reloading is the fix.
 */
export function DatabaseUnavailable({ what, retryHref }: { what: string; retryHref: string }) {
  return (
    <div className="message-page" role="status">
      <h1>Temporarily unavailable</h1>
      <p>The database is not answering just now, so {what} cannot be shown. Nothing has been lost; it usually comes back within seconds.</p>
      <p className="message-actions">
        <Link href={retryHref} className="button">
          Try again
        </Link>
        <Link href="/">Go to the list of documents</Link>
      </p>
    </div>
  );
}
