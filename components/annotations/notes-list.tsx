'use client';
// The document's notes in text order, filtered by the server, a page at a time as they scroll into
// view. Past a screenful the list is virtualised (components/annotations/virtual-note-rows.tsx,
// loaded only then). A note whose passage no longer matches the text says so openly, with its
// quote. Choosing one scrolls to it and opens it.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { MoreHighlights } from '@/components/annotations/more-notes';
import { estimatedRowHeight, NoteItem, Placeholder } from '@/components/annotations/note-item';
import { NotesFilters } from '@/components/annotations/notes-filters';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { listPageSize, type NoteList } from '@/components/annotations/use-note-list';
import type { AnnotationFilter } from '@/lib/validations/annotation';

const VirtualNoteRows = dynamic(() => import('@/components/annotations/virtual-note-rows'));

/** Up to this many rows the list is plain; past it, virtualised. */
const plainUpTo = 50;

type Props = {
  filter: AnnotationFilter;
  setFilter: (filter: AnnotationFilter) => void;
  /** The panel's list (its pages outlive this view, so that coming back from a note finds it). */
  list: NoteList;
  /** The panel, which scrolls. */
  scroller: RefObject<HTMLElement | null>;
  /** The note to come back to (focus and scroll) when the list shows again. */
  returnTo: string | null;
};

export function NotesList({ filter, setFilter, list, scroller, returnTo }: Props) {
  const t = useTranslations('Notes');
  const { info } = useReader();
  const all = useReaderState((s) => s.total);
  const tags = useReaderState((s) => s.tags);
  const listRef = useRef<HTMLOListElement>(null);
  const count = list.total ?? 0;
  const virtual = count > plainUpTo;
  // The virtualiser's measure once it runs; until then (and on the server) the estimate it starts from.
  const [measured, setHeight] = useState<number>();
  const height = measured ?? count * estimatedRowHeight;

  useEffect(() => {
    if (count && !virtual) list.show(0, count - 1);
  });

  useEffect(() => {
    if (!returnTo) return;
    let frames = 0;
    let frame = 0;
    const focus = () => {
      const active = document.activeElement;
      const free = !active || active === document.body || !!scroller.current?.contains(active);
      const row = listRef.current?.querySelector<HTMLElement>(`[data-note-item="${CSS.escape(returnTo)}"]`);
      if (row && free) row.focus();
      else if (!row && free && ++frames < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
    // Once, when the list shows again.
  }, [returnTo]); // eslint-disable-line react-hooks/exhaustive-deps

  const filtered = !!(filter.language || filter.color || filter.tag || filter.q?.trim() || filter.scope === 'mine');
  const summary =
    list.total === null
      ? t('loadingNotes')
      : all === 0
        ? ''
        : !filtered
          ? t('inTextOrder', { count: list.total })
          : t('showingOf', { shown: list.total, count: all });

  return (
    <div className="notes-list-view">
      {all || filtered ? <NotesFilters filter={filter} setFilter={setFilter} counts={list.counts} tags={tags} /> : null}
      <p className="notes-summary" role="status">
        {summary}
      </p>
      <MoreHighlights />
      {list.error ? (
        <p role="alert" className="form-error">
          {list.error}
        </p>
      ) : null}
      {list.total === 0 && !filtered ? (
        <div className="notes-empty">
          <p>{t('noNotesYet')}</p>
          <p className="muted">
            {info.viewer ? t('selectToHighlight') : `${t('sharedAppearHere')} `}
            {info.viewer ? null : <a href={info.signInHref()}>{t('signInToAdd')}</a>}
          </p>
        </div>
      ) : list.total === 0 ? (
        <p className="notes-empty">{t('noMatch')}</p>
      ) : null}
      <ol
        ref={listRef}
        className="note-items"
        aria-label={t('inTextOrderLabel')}
        data-virtual={virtual ? '' : undefined}
        style={virtual ? { height } : undefined}
        hidden={!count}
      >
        {virtual ? (
          <VirtualNoteRows list={list} count={count} scroller={scroller} listRef={listRef} returnTo={returnTo} onTotalSize={setHeight} />
        ) : (
          Array.from({ length: Math.min(count, listPageSize) }, (_, index) => {
            const note = list.noteAt(index);
            return <li key={note?.id ?? `row-${index}`}>{note ? <NoteItem note={note} /> : <Placeholder />}</li>;
          })
        )}
      </ol>
    </div>
  );
}
