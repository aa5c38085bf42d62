'use client';
// Said at the top of the list when the document has more notes than the page brought with it:
// how many are here, and a button that loads the next page of them (the list API, 500 at a time).
import { useEffect, useRef, useState } from 'react';
import { useLayer } from '@/components/annotations/layer-context';
import { describeError } from '@/lib/annotations/client/api';
import { pageLimit } from '@/lib/annotations/client/more-notes';
import { plural } from '@/lib/annotations/client/wording';

export function MoreNotes() {
  const layer = useLayer();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // With everything loaded this notice goes: the reader goes on from the first new note (or, if
  // the filters hide it, the panel's heading). Undefined: nothing to move.
  const focusAfterAll = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (layer.truncated) focusAfterAll.current = undefined;
    if (focusAfterAll.current === undefined) return;
    const id = focusAfterAll.current;
    focusAfterAll.current = undefined;
    const item = id ? document.querySelector<HTMLElement>(`[data-note-item="${CSS.escape(id)}"]`) : null;
    (item ?? document.getElementById('accord_notes_title'))?.focus();
  }, [layer.truncated]);

  if (!layer.truncated) return null;
  const { shown, total } = layer.truncated;
  const next = Math.min(pageLimit, total - shown);

  async function load() {
    if (loading) return;
    setLoading(true);
    setError(null);
    try {
      const added = await layer.loadMore();
      focusAfterAll.current = added[0]?.id ?? null;
      layer.announce(`${plural(added.length, 'more note')} loaded.`);
    } catch (failure) {
      setError(describeError(failure).message);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="notice notice-warning notes-more">
      <p>
        This page has loaded {shown.toLocaleString('en')} of the {plural(total, 'note')} you can see. The list, its filters and counts, and the
        highlights cover those loaded.
      </p>
      {/* Not disabled while loading, so that keyboard focus stays on it. */}
      <button type="button" className="button-secondary" onClick={load} aria-disabled={loading}>
        {loading ? 'Loading…' : `Load ${plural(next, 'more note')}`}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
