'use client';
// What the page does with a selection before the selection toolbar is needed: a drag keeps to the
// column it starts in, the selection is kept across redraws of the marks (kept-selection.ts: here
// it is remembered as it changes, and forgotten when the reader moves it themselves), and
// the toolbar itself (selection-toolbar.tsx, with its forms and the comparison) is loaded the first
// time the reader selects text or a passage's "Select …" button asks, not with the page: most
// visits only read. The toolbar offers itself for a selection made before it arrived, and is handed
// a passage asked for meanwhile.
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { forgetSelection, rememberSelection } from '@/lib/annotations/client/kept-selection';
import { selectPassageEvent, type SelectPassageRequest } from '@/lib/annotations/client/dom-selection';

const caretKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const inToolbar = (target: EventTarget | null) => target instanceof Element && !!target.closest('.selection-popover');

const SelectionToolbar = dynamic(() => import('@/components/annotations/selection-toolbar').then((module) => module.SelectionToolbar));

export function SelectionWatch() {
  const [wanted, setWanted] = useState<{ passage: SelectPassageRequest | null } | null>(null);

  useEffect(() => {
    let pointerDown = false;
    const selected = () => window.getSelection()?.isCollapsed === false;
    function onPointerDown(event: PointerEvent) {
      pointerDown = true;
      if (inToolbar(event.target)) return;
      // The reader starts another selection, or clicks away: nothing to put back until the browser reports it.
      forgetSelection();
      // A drag that starts in one column selects in that column only: the others step aside.
      const cell = event.target instanceof Element ? event.target.closest('.segment-cell[lang]') : null;
      const lang = cell?.getAttribute('lang');
      for (const other of document.querySelectorAll('.annotation-root .segment-cell[lang]')) {
        other.toggleAttribute('data-unselectable', !!lang && other.getAttribute('lang') !== lang);
      }
    }
    function onPointerUp() {
      pointerDown = false;
      if (selected()) setWanted((w) => w ?? { passage: null });
    }
    function onSelectionChange() {
      rememberSelection();
      if (!pointerDown && selected()) setWanted((w) => w ?? { passage: null });
    }
    function onKeyDown(event: KeyboardEvent) {
      // The reader moves or changes the selection from the keyboard: the browser reports the new one soon.
      const movesSelection = caretKeys.has(event.key) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a');
      if (movesSelection && !inToolbar(event.target)) forgetSelection();
    }
    function onSelectPassage(event: Event) {
      const passage = (event as CustomEvent<SelectPassageRequest>).detail;
      setWanted((w) => w ?? { passage });
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener(selectPassageEvent, onSelectPassage);
    // Text selected while the page's scripts were loading made no event these listeners heard.
    const early = setTimeout(onSelectionChange, 0);
    return () => {
      clearTimeout(early);
      forgetSelection();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener(selectPassageEvent, onSelectPassage);
    };
  }, []);

  return wanted ? <SelectionToolbar passage={wanted.passage} /> : null;
}
