'use client';
// The notes list past a screenful: only the rows in view (and a few either side) are in the page,
// each saying where it sits in the whole list. Its own module, loaded only when a list is that long,
// so that the virtualiser is not in the scripts of a page with few notes.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { estimatedRowHeight, NoteItem, Placeholder } from '@/components/annotations/note-item';
import type { NoteList } from '@/components/annotations/use-note-list';

type Props = {
  list: NoteList;
  count: number;
  /** The panel, which scrolls. */
  scroller: RefObject<HTMLElement | null>;
  /** The `ol` the rows are in (NotesList renders it, and focuses rows in it). */
  listRef: RefObject<HTMLOListElement | null>;
  /** A note to scroll back to when the list shows again. */
  returnTo: string | null;
  /** Sets the list's height, which only the virtualiser knows. */
  onTotalSize: (height: number) => void;
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

export default function VirtualNoteRows({ list, count, scroller, listRef, returnTo, onTotalSize }: Props) {
  const scrollMargin = useOffsetIn(scroller, listRef);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: nothing memoises around the virtualiser
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 6,
    scrollMargin,
    // What the server renders (and the first render in the browser, so that they agree).
    initialRect: { width: 320, height: 900 },
  });
  const rows = virtualizer.getVirtualItems();
  const [first, last] = [rows[0]?.index ?? 0, rows.at(-1)?.index ?? 0];
  const totalSize = virtualizer.getTotalSize();

  useLayoutEffect(() => onTotalSize(totalSize), [onTotalSize, totalSize]);
  useEffect(() => {
    list.show(first, last);
  });
  // Back from a note: its row scrolled into view (NotesList then focuses it). Before the list's
  // own effect, as a child's effects run first.
  useEffect(() => {
    if (!returnTo) return;
    const index = list.indexOf(returnTo);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    // Once, when the list shows again.
  }, [returnTo]); // eslint-disable-line react-hooks/exhaustive-deps

  return rows.map((row) => {
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
  });
}
