'use client';
// The side panel: beside the text on a wide screen, where the reader may fold it away to a slim
// "Notes (3)" tab (remembered), and a drawer over the bottom of the screen on a narrow one (a
// modal dialog then: focus kept inside, Escape closes, focus goes back to where it came from).
// It shows the list of notes, one note, or the editor; with export and import below. One note, the
// editor and the key terms are loaded when first shown: a reader who only reads never loads them.
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { KeyboardHelp } from '@/components/annotations/keyboard-help';
import { NotesList } from '@/components/annotations/notes-list';
import { PanelTabs, usePanelTab } from '@/components/annotations/panel-tabs';
import { useGroups, useReader, useReaderState, useReloadNotes } from '@/components/annotations/reader-context';
import { useFilterInAddress } from '@/components/annotations/use-filter-in-address';
import { useNoteList, type NoteList } from '@/components/annotations/use-note-list';
import { ExportMenu } from '@/components/export/export-menu';
import { ImportForm } from '@/components/export/import-form';
import { drawerMedia, focusWhenShown } from '@/lib/annotations/client/reveal';
import type { PanelView } from '@/lib/annotations/client/store';
import { draftLanguages } from '@/lib/annotations/client/compare';
import type { RenderedAnnotationList } from '@/lib/annotations/types';
import type { AnnotationFilter } from '@/lib/validations/annotation';
import { rememberedAudience } from '@/lib/groups/audience';

const AnnotationDetail = dynamic(() => import('@/components/annotations/annotation-detail').then((module) => module.AnnotationDetail));
const AnnotationEditor = dynamic(() => import('@/components/annotations/annotation-editor').then((module) => module.AnnotationEditor));
const KeyTerms = dynamic(() => import('@/components/reader/key-terms').then((module) => module.KeyTerms));

const viewHeading = 'notes-view-heading';

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

/** A note the panel shows, from those loaded or else from the API; undefined while it loads, null if it is gone. */
function useNote(id: string | null) {
  const { actions } = useReader();
  const note = useReaderState((s) => (id ? s.notes.get(id) : undefined));
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!id || note) return;
    let live = true;
    void actions.ensureNotes([id]).then(([found]) => live && !found && setMissing(id));
    return () => {
      live = false;
    };
  }, [id, note, actions]);
  return note ?? (missing === id ? null : undefined);
}

function Loading({ gone }: { gone: boolean }) {
  const t = useTranslations('Notes');
  return gone ? (
    <p className="notice notice-warning" role="alert">
      {t('noteGone')}
    </p>
  ) : (
    <p className="muted" role="status">
      {t('loadingNote')}
    </p>
  );
}

type ListProps = {
  filter: AnnotationFilter;
  setFilter: (filter: AnnotationFilter) => void;
  list: NoteList;
  scroller: RefObject<HTMLElement | null>;
  returnTo: string | null;
};

function PanelBody({ view, list }: { view: PanelView; list: ListProps }) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const locale = useLocale();
  const { actions, info } = useReader();
  const groups = useGroups();
  const shownId = view.mode === 'detail' ? view.ids[view.index]! : view.mode === 'edit' ? view.id : null;
  const note = useNote(shownId);
  if (view.mode === 'detail') {
    return (
      <>
        <BackButton />
        {note ? (
          <AnnotationDetail
            key={note.id}
            annotation={note}
            headingId={viewHeading}
            position={{ index: view.index, count: view.ids.length, go: (index) => actions.openAnnotations(view.ids, { index, scroll: true }) }}
          />
        ) : (
          <Loading gone={note === null} />
        )}
      </>
    );
  }
  if (view.mode === 'new') {
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading={
          draftLanguages(view.draft).length > 1
            ? c('newHeading', { languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(draftLanguages(view.draft).map(info.languageName)) })
            : t('newNote', { language: info.languageName(view.draft.language) })
        }
        language={view.draft.language}
        quotes={view.draft.targets}
        initial={{ color: 'yellow', comment: '', tags: [], ...rememberedAudience(info.slug, groups) }}
        submitLabel={t('saveNote')}
        onSubmit={(values) => actions.saveNew(view.draft, values)}
        onCancel={() => actions.showList({ restoreFocus: true })}
      />
    );
  }
  if (view.mode === 'edit') {
    if (!note) return <Loading gone={note === null} />;
    const initial = { color: note.color, comment: note.comment, tags: note.tags, visibility: note.visibility, groupId: note.group?.id };
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading={t('editNote')}
        language={note.language}
        quotes={note.targets}
        initial={initial}
        submitLabel={t('saveChanges')}
        credited={note.importedFrom !== undefined && note.visibility === 'private'}
        group={note.group}
        annotationId={note.id}
        onSubmit={(values) => actions.saveEdit(note.id, values)}
        onCancel={() => actions.openAnnotations([note.id])}
      />
    );
  }
  return <NotesList {...list} />;
}

function BackButton() {
  const t = useTranslations('Notes');
  const { actions } = useReader();
  return (
    <button type="button" className="link-button notes-back" onClick={() => actions.showList()}>
      ← {t('allNotes')}
    </button>
  );
}

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
        {t('notes')} <span className="notes-toggle-count">({count.toLocaleString(locale)})</span>
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
