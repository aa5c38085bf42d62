'use client';
// The panel's list of notes, a page of the list API at a time, as the reader scrolls to it: with
// its scope and filters applied by the server (the same meaning everywhere), the total they match,
// and the counts each filter option shows. Filters and pages are the panel's own state; a note
// made, changed or deleted in this page (the store's listVersion) reloads the pages held.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { listAnnotations } from '@/lib/annotations/client/api';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import type { AnnotationCounts, RenderedAnnotation, RenderedAnnotationList } from '@/lib/annotations/types';
import type { AnnotationFilter } from '@/lib/validations/annotation';

export const listPageSize = 50;
/** Typing in the search field asks the server once the reader pauses. */
const typingPause = 250;

type ListState = {
  /** The filter these pages answer. */
  key: string;
  total: number | null;
  counts: AnnotationCounts | null;
  pages: ReadonlyMap<number, readonly RenderedAnnotation[]>;
  error: string | null;
};

// Free text last: only a change in it waits for the reader to pause typing (see `onlyTyping`).
export const filterKey = (filter: AnnotationFilter) =>
  JSON.stringify([
    filter.scope,
    filter.language ?? '',
    filter.color ?? '',
    filter.tag ?? '',
    filter.group ?? '',
    String(filter.resolved ?? ''),
    filter.crossLanguage ? 'compare' : '',
    filter.q?.trim() ?? '',
  ]);
const unfiltered: AnnotationFilter = { scope: 'visible' };

function fromPage(key: string, page: RenderedAnnotationList): ListState {
  return { key, total: page.total, counts: page.counts, pages: new Map([[Math.floor(page.offset / listPageSize), page.items]]), error: null };
}

export type NoteList = ReturnType<typeof useNoteList>;

export function useNoteList(filter: AnnotationFilter, initial: RenderedAnnotationList | null) {
  const describeError = useDescribeError();
  const { actions, info, store } = useReader();
  const version = useReaderState((s) => s.listVersion);
  const wanted = filterKey(filter);
  // The filter the server is asked about: at once for a choice, after a pause for typing.
  const [asked, setAsked] = useState({ key: wanted, filter });
  const [state, setState] = useState<ListState>(() =>
    initial && filterKey(unfiltered) === wanted ? fromPage(wanted, initial) : { key: wanted, total: null, counts: null, pages: new Map(), error: null },
  );
  const requested = useRef(new Map<number, number>());

  useEffect(() => {
    if (wanted === asked.key) return;
    const onlyTyping = JSON.parse(wanted).slice(0, -1).join() === JSON.parse(asked.key).slice(0, -1).join();
    const timer = setTimeout(() => setAsked({ key: wanted, filter }), onlyTyping ? typingPause : 0);
    return () => clearTimeout(timer);
  }, [wanted, asked.key, filter]);

  const load = useCallback(
    async (index: number, forVersion: number) => {
      if (requested.current.get(index) === forVersion) return;
      requested.current.set(index, forVersion);
      const key = asked.key;
      try {
        const page = await listAnnotations(info.slug, asked.filter, { offset: index * listPageSize, limit: listPageSize });
        actions.remember(page.items);
        if (key === filterKey(unfiltered)) store.set((s) => (s.total === page.total ? s : { ...s, total: page.total }));
        setState((s) => (s.key !== key ? s : { ...s, total: page.total, counts: page.counts, pages: new Map(s.pages).set(index, page.items), error: null }));
      } catch (error) {
        requested.current.delete(index);
        setState((s) => (s.key !== key ? s : { ...s, error: describeError(error).message }));
      }
    },
    [asked, info.slug, actions, store, describeError],
  );

  // A new filter starts from its first page; a change made in this page reloads the pages held.
  const seen = useRef({ key: state.key, version });
  useEffect(() => {
    const before = seen.current;
    seen.current = { key: asked.key, version };
    if (before.key !== asked.key) {
      requested.current.clear();
      setState((s) => ({ key: asked.key, total: s.total, counts: s.counts, pages: new Map(), error: null }));
      void load(0, version);
    } else if (before.version !== version) {
      for (const index of [...state.pages.keys()]) void load(index, version);
    } else if (!state.pages.size) {
      void load(0, version);
    }
    // Runs when the filter asked or the version changes, not when pages arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [asked.key, version]);

  // While the reader types, the list asked for last stays in view.
  const current = state.key === asked.key;
  return {
    total: current ? state.total : null,
    /** The counts of the scope asked, kept while the next ones load so that the filters do not jump. */
    counts: state.counts,
    error: state.error,
    /** The note at a place in the list, or undefined while its page loads. */
    noteAt: (index: number) => (current ? state.pages.get(Math.floor(index / listPageSize))?.[index % listPageSize] : undefined),
    /** Loads the pages holding these places in the list. */
    show: (from: number, to: number) => {
      for (let page = Math.floor(from / listPageSize); page <= Math.floor(to / listPageSize); page++) {
        const held = state.pages.get(page);
        // The page the server rendered the panel with may be shorter than a page of the list.
        const short = held && held.length < listPageSize && page * listPageSize + held.length < (state.total ?? 0);
        if (!held || short) void load(page, version);
      }
    },
    indexOf: (id: string) => {
      for (const [page, items] of state.pages) {
        const at = items.findIndex((note) => note.id === id);
        if (at >= 0) return page * listPageSize + at;
      }
      return -1;
    },
  };
}
