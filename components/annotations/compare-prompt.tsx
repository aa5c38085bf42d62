'use client';
// While words wait for their answer in another column ("Compare with…" in the selection toolbar),
// a quiet bar at the foot of the window says what they are and what to do next: select the
// answering words in another column (with the mouse, or from the keyboard with a passage's
// "Select …" button there). It takes focus when it appears, so that a keyboard or screen-reader
// user hears it; Escape or its button cancels and hands focus back. The layer loads it the first
// time a comparison begins.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { useHydrated } from '@/components/use-hydrated';
import { Quoted } from '@/components/annotations/compared-with';
import { clearSelection } from '@/lib/annotations/client/kept-selection';

export function ComparePrompt() {
  const c = useTranslations('CompareNotes');
  const locale = useLocale();
  const { actions, info } = useReader();
  const comparing = useReaderState((s) => s.comparing);
  const mounted = useHydrated();
  const box = useRef<HTMLElement>(null);
  const waiting = !!comparing;

  useEffect(() => {
    if (waiting) box.current?.focus({ preventScroll: true });
  }, [waiting]);

  useEffect(() => {
    if (!comparing) return;
    function onKeyDown(event: KeyboardEvent) {
      // An open selection toolbar closes first (its own Escape); the next Escape ends the comparison.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('.selection-popover')) return;
      if (document.querySelector('.note-editor')?.contains(document.activeElement)) return;
      cancel();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  function cancel() {
    clearSelection();
    actions.cancelCompare()?.focus();
  }

  if (!mounted || !comparing) return null;
  const others = info.languages.filter((l) => l.code !== comparing.language);
  return createPortal(
    <section ref={box} className="compare-prompt" aria-label={c('promptLabel')} tabIndex={-1} lang={locale} data-testid="compare-prompt">
      <p className="compare-prompt-text">
        <Quoted draft={comparing} message="prompt" />
      </p>
      <p className="compare-prompt-keys">
        {others.length === 1
          ? c.rich('promptKeys', { language: info.languageName(others[0]!.code), kbd: (text) => <kbd>{text}</kbd> })
          : c.rich('promptKeysAny', { kbd: (text) => <kbd>{text}</kbd> })}
      </p>
      <button type="button" className="compare-prompt-cancel" onClick={cancel}>
        {c('cancel')}
      </button>
    </section>,
    document.querySelector('main') ?? document.body,
  );
}
