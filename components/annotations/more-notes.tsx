'use client';
// Said at the top of the list when the document has more notes than the page drew in the text:
// the list has them all, the text the highlights of the first ones; a button draws the next page
// of them (the list API, 500 at a time).
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { pageLimit } from '@/lib/annotations/client/more-notes';

export function MoreHighlights() {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
  const { actions } = useReader();
  const covered = useReaderState((s) => s.covered);
  const total = useReaderState((s) => s.total);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const truncated = total > covered;
  // With everything drawn this notice goes: focus moves to the panel's heading rather than being lost.
  const focusWhenDone = useRef(false);

  useEffect(() => {
    if (truncated || !focusWhenDone.current) return;
    focusWhenDone.current = false;
    document.getElementById('accord_notes_title')?.focus();
  }, [truncated]);

  if (!truncated) return null;
  const next = Math.min(pageLimit, total - covered);

  async function load() {
    if (loading) return;
    setLoading(true);
    setError(null);
    try {
      focusWhenDone.current = true;
      const added = await actions.loadMoreHighlights();
      actions.announce(t('moreDrawn', { count: added }));
    } catch (failure) {
      focusWhenDone.current = false;
      setError(describeError(failure).message);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="notice notice-warning notes-more">
      <p>{t('firstHighlights', { covered, total })}</p>
      {/* Not disabled while loading, so that keyboard focus stays on it. */}
      <button type="button" className="button-secondary" onClick={load} aria-disabled={loading}>
        {loading ? t('drawing') : t('drawMore', { count: next })}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
