'use client';
// Lights an aligned phrase's counterparts in the other columns while a reader hovers or focuses it.
// One listener for the whole text (event delegation) that sets an attribute on the few elements of
// one link: nothing re-renders, however many phrases and notes the page holds. A screen reader
// hears the counterparts, each in its own language, when the phrase takes focus.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { runtimeLanguageName } from '@/lib/i18n/format';

type Counterpart = { lang: string; text: string };

function phraseOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.phrase[data-link]') : null;
}

const languageName = (code: string) => runtimeLanguageName(document.documentElement.lang || 'en', code);

export function PhraseLights() {
  const t = useTranslations('Reader');
  const lit = useRef<HTMLElement[]>([]);
  const [spoken, setSpoken] = useState<Counterpart[]>([]);

  useEffect(() => {
    function clear() {
      for (const element of lit.current) element.removeAttribute('data-lit');
      lit.current = [];
    }
    function light(phrase: HTMLElement): Counterpart[] {
      clear();
      const link = phrase.dataset.link!;
      const row = phrase.closest('.segment-row') ?? document;
      lit.current = [...row.querySelectorAll<HTMLElement>(`.phrase[data-link="${CSS.escape(link)}"]`)];
      for (const element of lit.current) element.setAttribute('data-lit', element === phrase ? 'source' : 'counterpart');
      return lit.current
        .filter((element) => element !== phrase)
        .map((element) => ({ lang: element.closest<HTMLElement>('[data-lang]')?.dataset.lang ?? '', text: element.textContent ?? '' }));
    }
    const onOver = (event: Event) => {
      const phrase = phraseOf(event.target);
      if (phrase && phrase.getAttribute('data-lit') !== 'source') light(phrase);
    };
    const onOut = (event: PointerEvent) => {
      const from = phraseOf(event.target);
      if (from && phraseOf(event.relatedTarget) !== from && !from.contains(document.activeElement)) clear();
    };
    const onFocusIn = (event: FocusEvent) => {
      const phrase = phraseOf(event.target);
      if (phrase && phrase === event.target) setSpoken(light(phrase));
    };
    const onFocusOut = (event: FocusEvent) => {
      if (phraseOf(event.target) && !phraseOf(event.relatedTarget)) {
        clear();
        setSpoken([]);
      }
    };
    // A mouse press on a Tab stop inside the text (an aligned phrase, a note's mark) focuses it, and
    // on this page Chromium then starts no selection: a drag from a key term selected nothing. Out of
    // the tab order for the press alone, the element lets the drag select as plain text does; it is
    // a Tab stop again in the next task, and hovering still lights its counterparts.
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || event.button !== 0) return;
      const stop = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-segment-id] [tabindex="0"]') : null;
      if (!stop) return;
      stop.removeAttribute('tabindex');
      setTimeout(() => stop.setAttribute('tabindex', '0'));
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      clear();
    };
  }, []);

  return (
    <>
      <p id="accord_phrase_hint" hidden>
        {t('phraseHint')}
      </p>
      <p id="accord_phrase_notes_hint" hidden>
        {t('phraseNotesHint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken.map((c, i) => (
          <span key={i}>
            {languageName(c.lang)}: <span lang={c.lang}>{c.text}</span>
            {i < spoken.length - 1 ? '; ' : ''}
          </span>
        ))}
      </p>
    </>
  );
}
