'use client';
// A thread's state in a group: resolved (by whom, when) with Reopen, or open (reopened by whom,
// when, if it was) with Resolve, for
// its author and the group's moderators; a note a moderator hid says so, and a moderator hides
// or unhides it. The server decides (docs/api.md, "Resolving and hiding"); this offers what it allows.
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useGroups, useReader } from '@/components/annotations/reader-context';
import { LocalTime } from '@/components/i18n/local-time';
import { describeError } from '@/lib/annotations/client/api';
import type { RenderedAnnotation } from '@/lib/annotations/types';

/** Whether the viewer moderates the note's group (its owner or a moderator). */
export function useModerates(annotation: RenderedAnnotation): boolean {
  const groups = useGroups();
  const role = annotation.group ? groups.find((group) => group.id === annotation.group!.id)?.role : undefined;
  return role === 'owner' || role === 'moderator';
}

export function ThreadStatus({ annotation }: { annotation: RenderedAnnotation }) {
  const t = useTranslations('GroupNotes');
  const locale = useLocale();
  const { actions, info } = useReader();
  const moderates = useModerates(annotation);
  const own = info.viewer?.id === annotation.author.id;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayResolve = own || moderates;

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describeError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="thread-status" lang={locale}>
      {annotation.hidden ? <p className="thread-hidden">{own && !moderates ? t('hiddenForAuthor') : t('hiddenForModerator')}</p> : null}
      {annotation.resolved ? (
        <p className="thread-resolved">
          {t('resolvedBy', { name: annotation.resolvedBy?.name ?? t('someone') })}
          {annotation.resolvedAt ? (
            <>
              {' · '}
              <LocalTime iso={annotation.resolvedAt} />
            </>
          ) : null}
        </p>
      ) : annotation.reopenedAt ? (
        <p className="thread-reopened">
          {t('reopenedBy', { name: annotation.reopenedBy?.name ?? t('someone') })}
          {' · '}
          <LocalTime iso={annotation.reopenedAt} />
        </p>
      ) : null}
      {info.viewer && (mayResolve || moderates) ? (
        <div className="note-actions">
          {mayResolve ? (
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => run(() => actions.setResolved(annotation.id, !annotation.resolved))}
            >
              {annotation.resolved ? t('reopen') : t('resolve')}
            </button>
          ) : null}
          {moderates && annotation.visibility === 'group' ? (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => run(() => actions.setHidden(annotation.id, !annotation.hidden))}>
              {annotation.hidden ? t('unhide') : t('hide')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
