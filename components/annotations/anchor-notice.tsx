'use client';
// What a note whose text changed tells its reader, and what its author can do about it: confirm
// it where the text now is, or select the passage again (the selection toolbar then offers
// "Place the note here"). An orphaned note says it is kept with its words.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/annotations/form-error';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import type { RenderedAnnotation } from '@/lib/annotations/types';

export function AnchorNotice({ annotation, own }: { annotation: RenderedAnnotation; own: boolean }) {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
  const { actions } = useReader();
  const reselecting = useReaderState((s) => s.reselecting?.id === annotation.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  if (annotation.deleted || annotation.status === 'anchored') return null;
  // The note's status is its worst span's: an orphaned span must not hide an uncertain sibling,
  // which can still be confirmed or selected again.
  const orphans = annotation.targets.filter((t) => t.anchor.status === 'orphaned').length;
  // A note that compares languages is selected again in the column of its first span that moved.
  const reselectLanguage = annotation.targets.find((t) => t.anchor.status !== 'anchored')?.language ?? annotation.language;
  const uncertain = annotation.targets.some((t) => t.anchor.status === 'uncertain');
  const orphanNotice = orphans ? (
    <p className="notice notice-warning note-orphan">{t('noLongerMatches', { part: orphans === annotation.targets.length ? 'all' : 'some' })}</p>
  ) : null;
  if (!uncertain) return orphanNotice;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await actions.confirmAnchor(annotation.id);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {orphanNotice}
      <div className="notice notice-warning note-uncertain" role="group" aria-label={t('textChanged')}>
        <p>{t.rich('changedBody', { own: own ? 'yes' : 'no', strong: (text) => <strong>{text}</strong> })}</p>
        {own ? (
          reselecting ? (
            <p>
              {t('reselectHint')}{' '}
              <button type="button" className="link-button" onClick={() => actions.cancelReselect()}>
                {t('cancel')}
              </button>
            </p>
          ) : (
            <p className="note-actions">
              <button type="button" className="button-secondary" onClick={confirm} disabled={busy}>
                {busy ? t('confirming') : t('confirmHere')}
              </button>
              <button type="button" className="button-secondary" onClick={() => actions.startReselect(annotation.id, reselectLanguage)} disabled={busy}>
                {t('selectAgain')}
              </button>
            </p>
          )
        ) : null}
        <FormError error={error} />
      </div>
    </>
  );
}
