'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const longestShownId = 60;

function hashId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return window.location.hash.slice(1);
  }
}

/**
 * Follows the `#segment-id` in the address: the browser scrolls to the row and `:target` marks
 * it; this moves keyboard focus there too, and says so politely when no passage has that id.
 */
export function DeepLinkStatus({ firstSegmentId }: { firstSegmentId: string }) {
  const t = useTranslations('Reader');
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    function follow() {
      const id = hashId();
      for (const row of document.querySelectorAll('.segment-row[data-targeted]')) row.removeAttribute('data-targeted');
      const target = id ? document.getElementById(id) : null;
      if (target?.classList.contains('segment-row')) {
        // Client-side navigations do not update :target; this attribute marks the row either way.
        target.setAttribute('data-targeted', '');
        target.focus({ preventScroll: true });
      }
      // An id that belongs to the page itself (the skip link's target) is not a missing passage.
      setMissing(id && !target ? id : null);
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const shown = missing && missing.length > longestShownId ? `${missing.slice(0, longestShownId)}…` : missing;
  return (
    <div role="status" className="deep-link-status">
      {shown ? (
        <p className="notice">
          {t('noPassage', { id: shown })} <a href={`#${firstSegmentId}`}>{t('goToStart')}</a>
        </p>
      ) : null}
    </div>
  );
}
