'use client';
// The side panel: beside the text on a wide screen, where the reader may fold it away to a slim
// "Notes (3)" tab (remembered), and a drawer over the bottom of the screen on a narrow one (a
// modal dialog then: focus kept inside, Escape closes, focus goes back to where it came from).
// Its notes tab shows the list, one note or the editor (panel-body.tsx), with export and import
// below; its key terms tab is loaded when first shown.
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { KeyboardHelp } from '@/components/annotations/keyboard-help';
import { PanelBody, viewHeading } from '@/components/annotations/panel-body';
import { PanelTabs, usePanelTab } from '@/components/annotations/panel-tabs';
import { useReader, useReaderState, useReloadNotes } from '@/components/annotations/reader-context';
import { useFilterInAddress } from '@/components/annotations/use-filter-in-address';
import { useNoteList } from '@/components/annotations/use-note-list';
import { ExportMenu } from '@/components/export/export-menu';
import { ImportForm } from '@/components/export/import-form';
import { drawerMedia, focusWhenShown } from '@/lib/annotations/client/reveal';
import type { RenderedAnnotationList } from '@/lib/annotations/types';
import { formatCount } from '@/lib/i18n/format';

const KeyTerms = dynamic(() => import('@/components/reader/key-terms').then((module) => module.KeyTerms));

function useDrawerMode(): boolean {
  const [drawer, setDrawer] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(drawerMedia);
    const update = () => setDrawer(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return drawer;
}

const focusables = (root: HTMLElement) =>
  [
    ...root.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, summary, [tabindex="0"]'),
  ].filter((element) => element.offsetParent !== null);

/** `initialList`: the first page of the list, as the server rendered the page with it. */
export function NotesPanel({ initialList }: { initialList: RenderedAnnotationList | null }) {
  const t = useTranslations('Notes');
  const terms = useTranslations('KeyTerms');
  const [tab, setTab] = usePanelTab();
  const locale = useLocale();
  const { actions, info } = useReader();
  const reloadNotes = useReloadNotes();
  const drawer = useDrawerMode();
  const panel = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const lastDetail = useRef<string | null>(null);
  const [filter, setFilter] = useFilterInAddress();
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const list = useNoteList(filter, initialList);
  const view = useReaderState((s) => s.view);
  const drawerOpen = useReaderState((s) => s.drawerOpen);
  const collapsed = useReaderState((s) => s.collapsed);
  const count = useReaderState((s) => s.total);
  const shown = useReaderState((s) => (view.mode === 'detail' ? s.notes.has(view.ids[view.index]!) : view.mode === 'edit' ? s.notes.has(view.id) : true));
  const modal = drawer && drawerOpen;

  // Focus follows the panel's view: the heading of a note (once it has loaded) or of the edit form
  // (a new note's form focuses its text area itself), as soon as its code has come; back in the
  // list, the note that was open (the list scrolls to it), or the list's heading. Where the view
  // was opened from a highlight, the actions then hand focus back to it.
  const previous = useRef(view.mode);
  useEffect(() => {
    const from = previous.current;
    previous.current = view.mode;
    if (view.mode === 'detail') {
      lastDetail.current = view.ids[view.index] ?? null;
      if (shown && panel.current) return focusWhenShown(panel.current, viewHeading);
    } else if (view.mode === 'edit') {
      if (shown && panel.current) return focusWhenShown(panel.current, viewHeading);
    } else if (view.mode === 'list' && from !== 'list' && panel.current) {
      const id = lastDetail.current;
      if (id) setReturnTo(id);
      else panel.current.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [view, shown]);

  useEffect(() => {
    if (modal && !panel.current?.contains(document.activeElement)) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [modal]);

  // A note opened (from the text, a marker, a link) or begun shows in the notes tab.
  useEffect(() => {
    if (view.mode !== 'list') setTab('notes');
  }, [view.mode, setTab]);

  function openPanel() {
    if (drawer) return actions.setDrawerOpen(true);
    actions.setCollapsed(false);
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('h2')?.focus());
  }

  function foldPanel() {
    actions.setCollapsed(true);
    requestAnimationFrame(() => toggle.current?.focus());
  }

  function closeDrawer() {
    actions.setDrawerOpen(false);
    actions.showList({ restoreFocus: true, fallback: toggle.current });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      if (modal) {
        event.preventDefault();
        closeDrawer();
      } else if (view.mode === 'detail') {
        event.preventDefault();
        actions.showList({ restoreFocus: true });
      }
    } else if (event.key === 'Tab' && modal && panel.current) {
      // Keep focus inside the open drawer.
      const items = focusables(panel.current);
      const [first, last] = [items[0], items.at(-1)];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  }

  const exported = { ...filter, q: filter.q?.trim() || undefined };
  return (
    <>
      {/* The drawer's button on a narrow screen; the folded panel's tab on a wide one. */}
      <button
        ref={toggle}
        type="button"
        className="notes-toggle"
        data-collapsed={collapsed ? '' : undefined}
        aria-expanded={drawer ? modal : !collapsed}
        aria-controls="accord_notes_panel"
        onClick={openPanel}
      >
        <span className="notes-toggle-icon" aria-hidden="true">
          ‹
        </span>
        {t('notes')} <span className="notes-toggle-count">({formatCount(locale, count)})</span>
      </button>
      {modal ? <div className="notes-backdrop" onClick={closeDrawer} aria-hidden="true" /> : null}
      <aside
        ref={panel}
        id="accord_notes_panel"
        className="notes-panel"
        data-open={drawerOpen ? '' : undefined}
        data-collapsed={collapsed ? '' : undefined}
        aria-labelledby="accord_notes_title"
        {...(modal ? { role: 'dialog', 'aria-modal': true } : {})}
        onKeyDown={onKeyDown}
        lang={locale}
      >
        <div className="notes-panel-head">
          <h2 id="accord_notes_title" tabIndex={-1}>
            {t('notes')}
          </h2>
          {modal ? (
            <button type="button" className="notes-close" onClick={closeDrawer}>
              {t.rich('closeNotes', { hidden: (text) => <span className="visually-hidden">{text}</span> })}
            </button>
          ) : !drawer ? (
            // In the HTML already (CSS hides it on a narrow screen), so that the heading does not move when scripts run.
            <button type="button" className="notes-fold" aria-expanded="true" aria-controls="accord_notes_panel" onClick={foldPanel}>
              {t.rich('hideNotes', { hidden: (text) => <span className="visually-hidden">{text}</span> })}{' '}
              <span aria-hidden="true" className="notes-fold-icon">
                ›
              </span>
            </button>
          ) : null}
        </div>
        <PanelTabs
          tab={tab}
          onChange={setTab}
          label={t('notes')}
          labels={{ notes: t('notes'), terms: terms('title') }}
          panels={{
            notes: info.unavailable ? (
              <p className="notice notice-warning">{t('unavailable')}</p>
            ) : (
              <>
                <PanelBody view={view} list={{ filter, setFilter, list, scroller: panel, returnTo: view.mode === 'list' ? returnTo : null }} />
                {view.mode === 'list' ? (
                  <div className="notes-tools">
                    <ExportMenu slug={info.slug} filter={exported} signedIn={!!info.viewer} />
                    {info.viewer ? <ImportForm slug={info.slug} onImported={reloadNotes} /> : null}
                    <KeyboardHelp />
                  </div>
                ) : null}
              </>
            ),
            terms: <KeyTerms slug={info.slug} languages={info.languages} />,
          }}
        />
      </aside>
    </>
  );
}
