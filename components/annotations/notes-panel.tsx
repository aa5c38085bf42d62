'use client';
// The side panel: beside the text on a wide screen, where the reader may fold it away to a slim
// "Notes (3)" tab (remembered), and a drawer over the bottom of the screen on a narrow one (a
// modal dialog then: focus kept inside, Escape closes, focus goes back to where it came from).
// It shows the list of notes, one note, or the editor; with export and import below.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { AnnotationDetail } from '@/components/annotations/annotation-detail';
import { AnnotationEditor } from '@/components/annotations/annotation-editor';
import { KeyboardHelp } from '@/components/annotations/keyboard-help';
import { useLayer, type PanelView } from '@/components/annotations/layer-context';
import { NotesList } from '@/components/annotations/notes-list';
import { ExportMenu } from '@/components/export/export-menu';
import { ImportForm } from '@/components/export/import-form';
import { drawerMedia } from '@/lib/annotations/client/reveal';

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
  [...root.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, summary, [tabindex="0"]')].filter(
    (element) => element.offsetParent !== null,
  );

function PanelBody({ view }: { view: PanelView }) {
  const layer = useLayer();
  if (view.mode === 'detail') {
    const id = view.ids[view.index]!;
    const annotation = layer.byId.get(id);
    if (!annotation) return <NotesList />;
    return (
      <>
        <BackButton />
        <AnnotationDetail
          key={id}
          annotation={annotation}
          headingId={viewHeading}
          position={{ index: view.index, count: view.ids.length, go: (index) => layer.openAnnotations(view.ids, { index, scroll: true }) }}
        />
      </>
    );
  }
  if (view.mode === 'new') {
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading={`New note on the ${layer.languageName(view.draft.language)} text`}
        language={view.draft.language}
        quotes={view.draft.targets}
        initial={{ color: 'yellow', comment: '', tags: [], visibility: 'private' }}
        submitLabel="Save note"
        onSubmit={(values) => layer.saveNew(view.draft, values)}
        onCancel={() => layer.showList({ restoreFocus: true })}
      />
    );
  }
  if (view.mode === 'edit') {
    const annotation = layer.byId.get(view.id);
    if (!annotation) return <NotesList />;
    const initial = { color: annotation.color, comment: annotation.comment, tags: annotation.tags, visibility: annotation.visibility };
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading="Edit your note"
        language={annotation.language}
        quotes={annotation.targets}
        initial={initial}
        submitLabel="Save changes"
        onSubmit={(values) => layer.saveEdit(annotation.id, values)}
        onCancel={() => layer.openAnnotations([annotation.id])}
      />
    );
  }
  return <NotesList />;
}

function BackButton() {
  const layer = useLayer();
  return (
    <button type="button" className="link-button notes-back" onClick={() => layer.showList()}>
      ← All notes
    </button>
  );
}

export function NotesPanel() {
  const layer = useLayer();
  const router = useRouter();
  const drawer = useDrawerMode();
  const panel = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const lastDetail = useRef<string | null>(null);
  const [mounted, setMounted] = useState(false);
  const { view, drawerOpen, collapsed } = layer;
  const modal = drawer && drawerOpen;

  useEffect(() => setMounted(true), []);

  // Focus follows the panel's view: the heading of a note or of the edit form (a new note's form
  // focuses its text area itself); back in the list, the note that was open, or the list's heading.
  // Where the view was opened from a highlight, the layer then hands focus back to it.
  const previous = useRef(view.mode);
  useEffect(() => {
    const from = previous.current;
    previous.current = view.mode;
    if (view.mode === 'detail') {
      lastDetail.current = view.ids[view.index] ?? null;
      document.getElementById(viewHeading)?.focus();
    } else if (view.mode === 'edit') {
      document.getElementById(viewHeading)?.focus();
    } else if (view.mode === 'list' && from !== 'list' && panel.current) {
      const id = lastDetail.current;
      const item = id ? panel.current.querySelector<HTMLElement>(`[data-note-item="${CSS.escape(id)}"]`) : null;
      (item ?? panel.current.querySelector<HTMLElement>('h2'))?.focus();
    }
  }, [view]);

  useEffect(() => {
    if (modal && !panel.current?.contains(document.activeElement)) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [modal]);

  function openPanel() {
    if (drawer) return layer.setDrawerOpen(true);
    layer.setCollapsed(false);
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('h2')?.focus());
  }

  function foldPanel() {
    layer.setCollapsed(true);
    requestAnimationFrame(() => toggle.current?.focus());
  }

  function closeDrawer() {
    layer.setDrawerOpen(false);
    layer.showList({ restoreFocus: true, fallback: toggle.current });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      if (modal) {
        event.preventDefault();
        closeDrawer();
      } else if (view.mode === 'detail') {
        event.preventDefault();
        layer.showList({ restoreFocus: true });
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

  const count = layer.truncated?.total ?? layer.annotations.length;
  const filter = { ...layer.filter, q: layer.filter.q?.trim() || undefined };
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
        Notes <span className="notes-toggle-count">({count.toLocaleString('en')})</span>
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
        lang="en"
      >
        <div className="notes-panel-head">
          <h2 id="accord_notes_title" tabIndex={-1}>
            Notes
          </h2>
          {modal ? (
            <button type="button" className="notes-close" onClick={closeDrawer}>
              Close<span className="visually-hidden"> notes</span>
            </button>
          ) : mounted && !drawer ? (
            <button type="button" className="notes-fold" aria-expanded="true" aria-controls="accord_notes_panel" onClick={foldPanel}>
              Hide<span className="visually-hidden"> notes</span>{' '}
              <span aria-hidden="true" className="notes-fold-icon">
                ›
              </span>
            </button>
          ) : null}
        </div>
        {layer.unavailable ? (
          <p className="notice notice-warning">Notes are not available right now: the database is not answering. The text is complete; try again shortly.</p>
        ) : (
          <PanelBody view={view} />
        )}
        {view.mode === 'list' && !layer.unavailable ? (
          <div className="notes-tools">
            <ExportMenu slug={layer.slug} filter={filter} signedIn={!!layer.viewer} />
            {layer.viewer ? <ImportForm slug={layer.slug} onImported={() => router.refresh()} /> : null}
            <KeyboardHelp />
          </div>
        ) : null}
      </aside>
    </>
  );
}
