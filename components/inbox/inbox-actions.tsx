'use client';
// What one can do with a notification: open its note (which marks it read) or mark it read; and
// mark them all read. The header's unread count follows (router.refresh()).
import { Link } from '@/components/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { markRead, MarkReadError } from '@/lib/notifications/client';
import type { MarkReadInput } from '@/lib/notifications/types';

function useMarkRead() {
  const t = useTranslations('Inbox');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function mark(input: MarkReadInput) {
    setBusy(true);
    setError(null);
    try {
      await markRead(input);
      router.refresh();
    } catch (failure) {
      const status = failure instanceof MarkReadError ? failure.status : 0;
      setError(t('notMarked', { reason: status === 401 ? t('signedOut') : t('failed', { status }) }));
    } finally {
      setBusy(false);
    }
  }
  return { mark, error, busy, t };
}

export function InboxItemActions({ id, href, read, label }: { id: string; href: string; read: boolean; label: string }) {
  const { mark, error, busy, t } = useMarkRead();
  return (
    <div className="inbox-actions">
      <Link href={href} className="inbox-open" onClick={() => void (read ? null : markRead({ ids: [id] }).catch(() => {}))}>
        {t('open')}
        <span className="visually-hidden">: {label}</span>
      </Link>
      {read ? null : (
        <button type="button" className="inbox-mark" disabled={busy} onClick={() => void mark({ ids: [id] })}>
          {t('markRead')}
          <span className="visually-hidden">: {label}</span>
        </button>
      )}
      {error ? (
        <p className="inbox-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function MarkAllRead() {
  const { mark, error, busy, t } = useMarkRead();
  return (
    <>
      <button type="button" className="inbox-mark" disabled={busy} onClick={() => void mark({ all: true })}>
        {t('markAll')}
      </button>
      {error ? (
        <p className="inbox-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
