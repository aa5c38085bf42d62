'use client';
// The small toolbar beside a selection in the text: Highlight (one button per colour) and Comment.
// It never takes focus by itself, so that a keyboard selection (Shift+arrows with caret browsing)
// can go on; Alt+A moves focus into it, arrow keys move along it, Escape closes it. A passage's
// "Select …" button (select-passage-button.tsx) selects its whole text and moves focus here at
// once. Signed out, it offers "Sign in to annotate" with a way back to the passage instead.
// "Compare with…" keeps the selection waiting (compare-prompt.tsx) for the words that answer it in
// another column; the toolbar then offers the same buttons for the two selections as one note.
import { FormError } from '@/components/annotations/form-error';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { SelectionActions } from '@/components/annotations/selection-actions';
import { useFocusMarkWhenDrawn } from '@/components/annotations/use-focus-mark';
import { useGroups, useReader, useReaderState } from '@/components/annotations/reader-context';
import { describeSelection } from '@/lib/anchoring';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { readSelection, selectionBox, selectPassageEvent, selectSegmentText, type SelectPassageRequest } from '@/lib/annotations/client/dom-selection';
import { clearSelection, rememberSelection } from '@/lib/annotations/client/kept-selection';
import type { Draft } from '@/lib/annotations/client/store';
import { codePointLength } from '@/lib/anchoring';
import { limits, type Color } from '@/lib/validations/annotation-limits';
import { useHydrated } from '@/components/use-hydrated';
import { AudienceSelect } from '@/components/annotations/audience-select';
import { rememberAudience, rememberedAudience, type Audience } from '@/lib/groups/audience';
import { answerRefusal, compareDraft } from '@/lib/annotations/client/compare';
import { ComparedWith } from '@/components/annotations/compared-with';

type Box = { top: number; bottom: number; left: number; right: number };
type Shown = { draft: Draft; box: Box };

/** Why this selection cannot become an annotation, if it cannot. */
function refusal(draft: Draft): 'tooManyTargets' | 'quoteTooLong' | null {
  if (draft.targets.length > limits.targets) return 'tooManyTargets';
  const long = draft.targets.find((t) => codePointLength(t.exact) > limits.quote);
  return long ? 'quoteTooLong' : null;
}

/** `passage`: a passage its "Select …" button asked for before the toolbar was loaded (selection-watch.tsx). */
export function SelectionToolbar({ passage = null }: { passage?: SelectPassageRequest | null }) {
  const t = useTranslations('Notes');
  const locale = useLocale();
  const describeError = useDescribeError();
  const { actions, info } = useReader();
  const groups = useGroups();
  const reselecting = useReaderState((s) => s.reselecting);
  const comparing = useReaderState((s) => s.comparing);
  const c = useTranslations('CompareNotes');
  const [shown, setShown] = useState<Shown | null>(null);
  // Read once the toolbar first shows (it renders only in the browser): the last choice on this document.
  const [audience, setAudience] = useState<Audience | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  const mounted = useHydrated();
  const [left, setLeft] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const busy = useRef(false);
  busy.current = saving;
  // A refused highlight keeps its toolbar and message even though the selection is gone.
  const failed = useRef(false);
  failed.current = error !== null;
  const shownNow = useRef(shown);
  shownNow.current = shown;
  // A highlight made from the keyboard takes focus once it is drawn, so that Enter opens it.
  const focusMarkWhenDrawn = useFocusMarkWhenDrawn();
  // Asked for before the toolbar was loaded: selected as the toolbar mounts, once.
  const askedPassage = useRef(passage);
  // A passage selected with its "Select …" button: the toolbar takes focus as soon as it shows.
  const focusWhenShown = useRef(false);

  useEffect(() => {
    if (!shown || !focusWhenShown.current) return;
    focusWhenShown.current = false;
    box.current?.querySelector<HTMLElement>('[data-first]')?.focus();
  }, [shown]);

  useEffect(() => {
    let pointerDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const inToolbar = (node: EventTarget | Node | null) => node instanceof Node && !!box.current?.contains(node);

    function read() {
      if (busy.current || inToolbar(document.activeElement)) return;
      const selection = window.getSelection();
      const root = document.querySelector('.annotation-root');
      if (!selection || selection.isCollapsed || !selection.rangeCount || !root) {
        if (!failed.current) setShown(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const read = readSelection(range, root);
      const targets = read ? describeSelection(read.spans) : [];
      const where = selectionBox(range);
      if (!read || !targets.length || !where) return setShown(null);
      // Made on the text the column shows: another text of its language says which.
      const witness = read.witness;
      const draft = { language: read.language, targets: witness ? targets.map((t) => ({ ...t, witness })) : targets };
      // The same words again (the selection put back after the marks were redrawn) keep a refusal's message.
      if (!failed.current || JSON.stringify(draft) !== JSON.stringify(shownNow.current?.draft)) setError(null);
      setShown({ draft, box: where });
    }
    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(read, ms);
    };

    function onPointerDown(event: PointerEvent) {
      if (inToolbar(event.target)) return;
      pointerDown = true;
      failed.current = false;
      setError(null);
    }
    function selectPassage({ segmentId, lang, trigger }: SelectPassageRequest) {
      const root = document.querySelector('.annotation-root');
      if (busy.current || !root) return;
      // Left over from a drag in another column, it would keep this text out of the selection.
      for (const cell of root.querySelectorAll('.segment-cell[data-unselectable]')) cell.removeAttribute('data-unselectable');
      if (!selectSegmentText(root, segmentId, lang)) return;
      rememberSelection();
      clearTimeout(timer);
      failed.current = false;
      returnFocus.current = trigger;
      focusWhenShown.current = true;
      read();
    }
    function onSelectPassage(event: Event) {
      selectPassage((event as CustomEvent<SelectPassageRequest>).detail);
    }
    function onPointerUp() {
      pointerDown = false;
      later(10);
    }
    function onSelectionChange() {
      if (!pointerDown) later(150);
    }
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (!box.current) return;
      if (event.altKey && event.code === 'KeyA') {
        event.preventDefault();
        if (!inToolbar(document.activeElement)) returnFocus.current = document.activeElement as HTMLElement | null;
        box.current.querySelector<HTMLElement>('[data-first]')?.focus();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        const wasInside = inToolbar(document.activeElement);
        setShown(null);
        setError(null);
        if (wasInside) returnFocus.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('keydown', onKeyDown);
    // A phone turned, a window resized: the text reflows, and the toolbar goes where the selection now ends.
    const onResize = () => later(100);
    window.addEventListener('resize', onResize);
    document.addEventListener(selectPassageEvent, onSelectPassage);
    // A selection made before the toolbar was loaded (or while the page's scripts were) made no
    // event these listeners heard: offer the toolbar for it now, or for the passage asked for.
    if (askedPassage.current) selectPassage(askedPassage.current);
    else if (window.getSelection()?.isCollapsed === false) later(0);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('resize', onResize);
      document.removeEventListener(selectPassageEvent, onSelectPassage);
    };
  }, []);

  // Centred under the end of the selection, kept inside the page.
  useLayoutEffect(() => {
    if (!shown || !box.current) return;
    const width = box.current.offsetWidth;
    const page = document.documentElement.clientWidth + window.scrollX;
    setLeft(Math.max(window.scrollX + 8, Math.min(shown.box.right - width / 2, page - width - 8)));
  }, [shown]);

  if (!mounted || !shown) return null;
  // Comparing: this selection answers the words waiting, and the note holds both.
  const compareRefused = comparing ? answerRefusal(comparing, shown.draft) : null;
  const draft = comparing && !compareRefused ? compareDraft(comparing, shown.draft) : shown.draft;
  const sharing = audience ?? rememberedAudience(info.slug, groups);
  function choose(next: Audience) {
    setAudience(next);
    rememberAudience(info.slug, next);
  }
  const refusedKey = refusal(draft);
  const refused = compareRefused
    ? c(compareRefused, { language: info.languageName(shown.draft.language) })
    : refusedKey
      ? t(refusedKey, { max: refusedKey === 'tooManyTargets' ? limits.targets : limits.quote })
      : null;
  const firstSegment = draft.targets[0]!.segmentId;

  function close() {
    const wasInside = box.current?.contains(document.activeElement);
    setShown(null);
    setError(null);
    if (wasInside) returnFocus.current?.focus();
  }

  async function highlight(color: Color) {
    const fromKeyboard = !!box.current?.contains(document.activeElement);
    setSaving(true);
    setError(null);
    try {
      const saved = await actions.saveHighlight(draft, color, sharing);
      clearSelection();
      setShown(null);
      if (fromKeyboard) focusMarkWhenDrawn(saved.id);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }

  // The author is selecting a changed note's passage again: this selection is its new place.
  const placing = reselecting && reselecting.language === draft.language ? reselecting : null;
  async function place() {
    if (!placing) return;
    setSaving(true);
    setError(null);
    try {
      await actions.placeOn(placing.id, draft);
      clearSelection();
      setShown(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }

  function comment() {
    clearSelection();
    setShown(null);
    actions.startComment(draft, returnFocus.current);
  }

  // The selection waits for its answer in another column; the prompt takes focus and says what to do.
  function compare() {
    // From the keyboard, focus goes back where the selection began (a passage's Select button) on cancel.
    const fromKeyboard = !!box.current?.contains(document.activeElement) && returnFocus.current !== null;
    clearSelection();
    setShown(null);
    setError(null);
    actions.startCompare(draft, fromKeyboard ? returnFocus.current : null);
  }
  // Only where another column is shown to answer in (not in the one-language reading mode).
  const columns = new Set([...document.querySelectorAll<HTMLElement>('.annotation-root [data-segment-id][data-lang]')].map((e) => e.dataset.lang)).size;

  const style = { top: shown.box.bottom + 8, left };
  return createPortal(
    <div ref={box} className="selection-popover" style={style} lang={locale} data-testid="selection-popover">
      {info.viewer ? (
        <>
          <SelectionActions
            disabled={saving || !!refused}
            canCompare={!comparing && !placing && columns > 1}
            canPlace={!!placing}
            onHighlight={highlight}
            onCompare={compare}
            onComment={comment}
            onPlace={place}
          />
          {comparing && !compareRefused ? <ComparedWith draft={comparing} /> : null}
          <AudienceSelect value={sharing} groups={groups} onChange={choose} disabled={saving} />
          <p className="selection-hint">
            {saving ? t('saving') : refused ? refused : <span className="selection-keys">{t.rich('toolbarKeys', { kbd: (text) => <kbd>{text}</kbd> })}</span>}
          </p>
          <FormError error={error} className="selection-error" />
        </>
      ) : (
        <p className="selection-signin">
          <a href={info.signInHref(firstSegment)} data-first="">
            {t('signInToAnnotate')}
          </a>{' '}
          <span className="selection-hint-inline">{t('needAccount')}</span>{' '}
          <button type="button" className="selection-close" onClick={close} aria-label={t('close')}>
            ×
          </button>
        </p>
      )}
    </div>,
    // Inside <main>, so that the toolbar belongs to a landmark (main is not positioned: the
    // popover's page coordinates hold there as in <body>).
    document.querySelector('main') ?? document.body,
  );
}
