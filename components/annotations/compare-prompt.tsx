'use client';
// While words wait for their answer in another column ("Compare with…" in the selection toolbar),
// a quiet bar at the foot of the window says what they are and what to do next: select the
// answering words in another column (with the mouse, or from the keyboard with a passage's
// "Select …" button there). It takes focus when it appears, so that a keyboard or screen-reader
// user hears it; Escape or its button cancels and hands focus back.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { useHydrated } from '@/components/use-hydrated';
import { draftLanguages } from '@/lib/annotations/client/compare';
import type { Draft } from '@/lib/annotations/client/store';

const excerpt = (text: string, max = 60) => {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : text;
};

/** The words a comparison answers, in their own language: “deep remorse…” (English). */
function Quoted({ draft, message }: { draft: Draft; message: 'prompt' | 'answering' }) {
  const c = useTranslations('CompareNotes');
  const { info } = useReader();
  const quote = draft.targets.map((t) => t.exact).join(' … ');
  return (
    <>
      {c.rich(message, {
        text: excerpt(quote),
        // The words in their own language (a text node alone would be read in the interface's).
        quote: (chunks) => <span lang={draft.language}>{chunks}</span>,
        language: draftLanguages(draft).map(info.languageName).join(', '),
      })}
    </>
  );
}

/** In the selection toolbar, once the answer is selected: what it will be compared with. */
export function ComparedWith({ draft }: { draft: Draft }) {
  return (
    <p className="selection-compared">
      <Quoted draft={draft} message="answering" />
    </p>
  );
}

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
    window.getSelection()?.removeAllRanges();
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
