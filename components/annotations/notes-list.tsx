'use client';
// The document's notes in text order, filtered by the server, a page at a time as they scroll into
// view. Past a screenful the list is virtualised: only the rows in view (and a few either side)
// are in the page, each saying where it sits in the whole list. A note whose passage no longer
// matches the text says so openly, with its quote. Choosing one scrolls to it and opens it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLocale, useTranslations } from 'next-intl';
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { MoreHighlights } from '@/components/annotations/more-notes';
import { NotesFilters } from '@/components/annotations/notes-filters';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { listPageSize, type NoteList } from '@/components/annotations/use-note-list';
import { excerpt } from '@/lib/annotations/client/wording';
import type { RenderedAnnotation } from '@/lib/annotations/types';
import { languagesOf } from '@/lib/annotations/target-order';
import type { AnnotationFilter } from '@/lib/validations/annotation';
import { useCreditLine } from '@/components/annotations/use-credit-line';

/** Up to this many rows the list is plain; past it, virtualised. */
const plainUpTo = 50;
const estimatedRowHeight = 118;

const NoteItem = memo(function NoteItem({ note: listed }: { note: RenderedAnnotation }) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const colors = useTranslations('Colors');
  const creditLine = useCreditLine();
  const { actions, info } = useReader();
  const g = useTranslations('GroupNotes');
  const locale = useLocale();
  // The version this page holds, if newer (edited here since the list page came).
  const note = useReaderState((s) => s.notes.get(listed.id)) ?? listed;
  // A note that compares languages shows each language's words, each in its own `lang`.
  const languages = languagesOf(note);
  const quotes = languages.map((code) => ({
    code,
    text: note.targets
      .filter((t) => t.language === code)
      .map((t) => t.exact)
      .join(' … '),
  }));
  const comment = note.commentText;
  const first = note.targets[0];
  return (
    <button
      type="button"
      className="note-item"
      data-note-item={note.id}
      data-color={note.deleted ? undefined : note.color}
      onClick={(event) => actions.openAnnotations([note.id], { scroll: true, trigger: event.currentTarget })}
    >
      <span className="note-item-head">
        {note.deleted ? null : <ColorSwatch color={note.color} />}
        <span className="visually-hidden">{note.deleted ? t('deletedNote') : t('colorNote', { color: colors(note.color) })}, </span>
        <span>
          {languages
            .map((code) => {
              // Each language's span says its text when it is not the language's own (a witness).
              const text = note.targets.find((t) => t.language === code && t.witness && t.witness !== 'default')?.witness;
              return text ? `${info.languageName(code)} (${t('onText', { text })})` : info.languageName(code);
            })
            .join(' ↔ ')}{' '}
          · {first?.segmentId}
        </span>
        {languages.length > 1 && !note.deleted ? <span className="visibility-badge is-comparison">{c('badge')}</span> : null}
        {note.visibility === 'private' && !note.deleted ? <span className="visibility-badge is-private">{t('privateBadge')}</span> : null}
        {note.group && !note.deleted ? <span className="visibility-badge is-group">{note.group.name}</span> : null}
        {note.hidden ? <span className="note-item-orphan">{g('hiddenBadge')}</span> : null}
        {note.status === 'orphaned' ? <span className="note-item-orphan">{t('noLongerInText')}</span> : null}
        {note.status === 'uncertain' && !note.deleted ? <span className="note-item-orphan note-item-uncertain">{t('textChanged')}</span> : null}
      </span>
      {note.resolved ? (
        // A resolved thread folds to one line saying who closed it; it opens (and reopens) like any other.
        <span className="note-item-meta note-item-resolved" lang={locale}>
          {g('resolvedBy', { name: note.resolvedBy?.name ?? g('someone') })}
        </span>
      ) : (
        quotes.map(({ code, text }) => (
          <span key={code} className="note-item-quote" lang={code}>
            “{excerpt(text, quotes.length > 1 ? 70 : 120)}”
          </span>
        ))
      )}
      {note.resolved ? null : note.deleted ? (
        <span className="note-item-comment muted">{t('deletedByAuthorShort')}</span>
      ) : comment ? (
        <span className="note-item-comment">{excerpt(comment, 140)}</span>
      ) : null}
      <span className="note-item-meta">
        {note.author.name}
        {note.importedFrom ? ` · ${creditLine(note.importedFrom)}` : ''}
        {note.replies.length ? ` · ${t('repliesCount', { count: note.replies.length })}` : ''}
        {note.tags.length ? ` · ${note.tags.map((t) => `#${t}`).join(' ')}` : ''}
      </span>
    </button>
  );
});

const Placeholder = () => <div className="note-item is-loading" aria-hidden="true" />;

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

function useOffsetIn(scroller: RefObject<HTMLElement | null>, element: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  // Measured after every render, as anything above the list may have moved it; set only when it
  // moved, so the render that follows ends the chain.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- no dependency list, on purpose (above)
  useLayoutEffect(() => {
    const outer = scroller.current;
    const inner = element.current;
    if (!outer || !inner) return;
    const next = Math.round(inner.getBoundingClientRect().top - outer.getBoundingClientRect().top + outer.scrollTop);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- only when the offset moved (above)
    if (next !== offset) setOffset(next);
  });
  return offset;
}

export function NotesList({ filter, setFilter, list, scroller, returnTo }: Props) {
  const t = useTranslations('Notes');
  const { info } = useReader();
  const all = useReaderState((s) => s.total);
  const tags = useReaderState((s) => s.tags);
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useOffsetIn(scroller, listRef);
  const count = list.total ?? 0;
  const virtual = count > plainUpTo;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: nothing memoises around the virtualiser
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 6,
    scrollMargin,
    // What the server renders (and the first render in the browser, so that they agree).
    initialRect: { width: 320, height: 900 },
  });
  const rows = virtual ? virtualizer.getVirtualItems() : [];
  const [first, last] = virtual ? [rows[0]?.index ?? 0, rows.at(-1)?.index ?? 0] : [0, Math.max(0, count - 1)];

  useEffect(() => {
    if (count) list.show(first, last);
  });

  // Back from a note: to its row, scrolled into view if the list is long, and focused, unless
  // focus has gone back meanwhile to what opened the note (a highlight in the text).
  useEffect(() => {
    if (!returnTo) return;
    const index = list.indexOf(returnTo);
    if (virtual && index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
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
        style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
        hidden={!count}
      >
        {virtual
          ? rows.map((row) => {
              const note = list.noteAt(row.index);
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  aria-posinset={row.index + 1}
                  aria-setsize={count}
                  style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
                >
                  {note ? <NoteItem note={note} /> : <Placeholder />}
                </li>
              );
            })
          : Array.from({ length: Math.min(count, listPageSize) }, (_, index) => {
              const note = list.noteAt(index);
              return <li key={note?.id ?? `row-${index}`}>{note ? <NoteItem note={note} /> : <Placeholder />}</li>;
            })}
      </ol>
    </div>
  );
}
