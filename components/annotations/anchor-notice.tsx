'use client';
// What a note whose text changed tells its reader, and what its author can do about it: confirm
// it where the text now is, or select the passage again (the selection toolbar then offers
// "Place the note here"). An orphaned note says it is kept with its words.
import { useState } from 'react';
import { FormError } from '@/components/annotations/form-error';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { describeError } from '@/lib/annotations/client/api';
import type { RenderedAnnotation } from '@/lib/annotations/types';

export function AnchorNotice({ annotation, own }: { annotation: RenderedAnnotation; own: boolean }) {
  const { actions } = useReader();
  const reselecting = useReaderState((s) => s.reselecting?.id === annotation.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  if (annotation.deleted || annotation.status === 'anchored') return null;
  // The note's status is its worst span's: an orphaned span must not hide an uncertain sibling,
  // which can still be confirmed or selected again.
  const orphans = annotation.targets.filter((t) => t.anchor.status === 'orphaned').length;
  const uncertain = annotation.targets.some((t) => t.anchor.status === 'uncertain');
  const orphanNotice = orphans ? (
    <p className="notice notice-warning note-orphan">
      {orphans === annotation.targets.length ? 'This passage no longer matches' : 'Part of this passage no longer matches'} the text. The note is kept with the
      words it was made on.
    </p>
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
      <div className="notice notice-warning note-uncertain" role="group" aria-label="The text here changed">
        <p>
          <strong>The text here changed</strong> since this note was made. It is shown where its words were found again, which may not be the passage
          {own ? ' you' : ' its author'} chose.
        </p>
        {own ? (
          reselecting ? (
            <p>
              Select the passage in the text, then choose “Place the note here”.{' '}
              <button type="button" className="link-button" onClick={() => actions.cancelReselect()}>
                Cancel
              </button>
            </p>
          ) : (
            <p className="note-actions">
              <button type="button" className="button-secondary" onClick={confirm} disabled={busy}>
                {busy ? 'Confirming…' : 'Confirm it here'}
              </button>
              <button type="button" className="button-secondary" onClick={() => actions.startReselect(annotation.id, annotation.language)} disabled={busy}>
                Select the passage again
              </button>
            </p>
          )
        ) : null}
        <FormError error={error} />
      </div>
    </>
  );
}
