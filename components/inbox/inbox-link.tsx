'use client';
// The header's link to the inbox with its unread count. The server renders the count (right
// without JavaScript); in the browser it follows the inbox live: on a document's page the live
// stream says when it changed, elsewhere it is asked again when the tab comes back into view and
// once a minute while it is in view.
import { Link } from '@/components/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { fetchUnread, inboxChangedEvent } from '@/lib/notifications/client';

const everyMs = 60_000;

export function InboxLink({ unread: served, className, countClassName }: { unread: number; className?: string; countClassName?: string }) {
  const t = useTranslations('AccountNav');
  const [unread, setUnread] = useState(served);
  // A new count from the server (a refresh after marking read) wins over the one fetched before it.
  const [lastServed, setLastServed] = useState(served);
  if (served !== lastServed) {
    setLastServed(served);
    setUnread(served);
  }

  useEffect(() => {
    let asked = 0;
    const refresh = () => {
      const ask = ++asked;
      // A failure leaves the count as it was: the next change, or a reload, brings it.
      fetchUnread().then(
        (count) => ask === asked && setUnread(count),
        () => {},
      );
    };
    const visible = () => document.visibilityState === 'visible' && refresh();
    const timer = setInterval(visible, everyMs);
    window.addEventListener(inboxChangedEvent, refresh);
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearInterval(timer);
      window.removeEventListener(inboxChangedEvent, refresh);
      document.removeEventListener('visibilitychange', visible);
    };
  }, []);

  return (
    <Link
      href="/inbox"
      className={className}
      data-testid="inbox-link"
      // One name for a screen reader ("Inbox, 2 unread"), however the badge is laid out.
      aria-label={unread > 0 ? `${t('inbox')}${t('unread', { count: unread })}` : undefined}
    >
      {t('inbox')}
      {unread > 0 ? (
        <span className={countClassName} aria-hidden="true" data-testid="inbox-count">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
