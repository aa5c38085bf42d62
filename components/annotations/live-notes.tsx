'use client';
// Other readers' notes arriving without a reload: the page listens to the document's live stream
// (GET /api/documents/<slug>/events) and brings each note it names into the store. While the
// reader is selecting, new notes wait behind a quiet button that says how many there are. The
// stream also says when the reader is out of a group, and when their inbox changed.
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useReader, useReaderState, useReloadNotes } from '@/components/annotations/reader-context';
import { whenNotSelecting } from '@/lib/annotations/client/live';
import { incomingSummary } from '@/lib/annotations/client/remote';
import { inboxChangedEvent } from '@/lib/notifications/client';
import { readLiveEvent, readMembershipEvent } from '@/lib/live/events';

export function LiveNotes() {
  const t = useTranslations('LiveNotes');
  const { store, info, live } = useReader();
  const reloadNotes = useReloadNotes();
  const summary = useReaderState((s) => s.incoming);

  useEffect(() => {
    if (info.unavailable) return;
    // EventSource reconnects by itself, sending Last-Event-ID, so nothing is missed meanwhile.
    const source = new EventSource(`/api/documents/${encodeURIComponent(info.slug)}/events`);
    source.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data as string);
      } catch {
        return;
      }
      const event = readLiveEvent(data);
      if (event) live.receive(event.annotationId, event.type === 'annotation' && event.kind === 'deleted');
    };
    // Out of a group (left elsewhere, or removed): its notes come as gone, one by one; the group is no longer offered.
    source.addEventListener('membership', (message) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data as string);
      } catch {
        return;
      }
      const left = readMembershipEvent(data);
      if (left) store.set((s) => ({ ...s, leftGroups: new Set([...s.leftGroups, left.groupId]) }));
    });
    // The header's unread count listens for this (components/inbox/inbox-link.tsx).
    source.addEventListener('inbox', () => window.dispatchEvent(new Event(inboxChangedEvent)));
    // Away longer than the log keeps events, or a bulk write (an import, a seed): the page's notes
    // are read again, once the reader is not selecting, and once for however many resets come meanwhile.
    let resetWaits = false;
    let cancelReset = () => {};
    source.addEventListener('reset', () => {
      if (resetWaits) return;
      resetWaits = true;
      cancelReset = whenNotSelecting(() => {
        resetWaits = false;
        reloadNotes();
      });
    });
    return () => {
      source.close();
      cancelReset();
      live.stop();
    };
  }, [info.slug, info.unavailable, live, reloadNotes, store]);

  const { added, changed } = incomingSummary({ ...store.get(), incoming: summary });
  const label = added ? t('added', { count: added }) : changed ? t('changed', { count: changed }) : '';
  return (
    <div className="live-incoming" aria-live="polite">
      {label ? (
        <button type="button" className="live-incoming-button" onClick={() => live.showIncoming()} data-testid="live-incoming">
          {label}
          <span className="visually-hidden">{t('showHint')}</span>
        </button>
      ) : null}
    </div>
  );
}
