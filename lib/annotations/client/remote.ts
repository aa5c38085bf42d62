// Notes that changed elsewhere (the live stream, lib/live/) brought into the reader's state: a note
// new to this page is drawn and counted, a known one replaced, one gone (deleted, or no longer
// readable: null) taken away. While the reader is selecting text they wait in `incoming`, so that
// nothing moves under the selection, until the reader asks for them.
import type { RenderedAnnotation } from '@/lib/annotations/types';
import { highlightOf, withHighlights, withNotes, withTagsChanged, type ReaderState, type StoredHighlight } from '@/lib/annotations/client/store';

export type Remote = { id: string; note: RenderedAnnotation | null };

const isKnown = (state: ReaderState, id: string) => state.highlights.has(id) || state.notes.has(id);

/**
 * The counts after a note came or went: while every note's highlight is drawn (covered = total),
 * this one's is too, so both move; otherwise only the total does.
 */
export function counted(state: Pick<ReaderState, 'total' | 'covered'>, by: 1 | -1): Pick<ReaderState, 'total' | 'covered'> {
  const total = state.total + by;
  return { total, covered: state.covered === state.total ? total : Math.min(state.covered, total) };
}

/** The state with these notes as the server now has them. */
export function withRemote(state: ReaderState, remotes: readonly Remote[], viewerId: string | null): ReaderState {
  let next = state;
  let changed = false;
  for (const { id, note } of remotes) {
    const known = isKnown(next, id);
    const old = next.notes.get(id);
    // Still saving here: the page's own write will place it.
    if (next.highlights.get(id)?.pending) continue;
    if (!note) {
      if (!known) continue;
      const notes = new Map(next.notes);
      notes.delete(id);
      const view =
        next.view.mode !== 'list' && 'ids' in next.view && next.view.ids.length === 1 && next.view.ids[0] === id ? { mode: 'list' as const } : next.view;
      next = {
        ...withHighlights(next, new Map([[id, null]]), view),
        notes,
        tags: withTagsChanged(next.tags, old?.deleted ? [] : (old?.tags ?? []), []),
        ...counted(next, -1),
      };
    } else {
      const changes = new Map<string, StoredHighlight | null>([[id, highlightOf(note, viewerId)]]);
      const tags = withTagsChanged(next.tags, old?.deleted ? [] : (old?.tags ?? []), note.deleted ? [] : note.tags);
      next = { ...withNotes(withHighlights(next, changes), [note]), tags, ...(known ? {} : counted(next, 1)) };
    }
    changed = true;
  }
  return changed ? { ...next, listVersion: state.listVersion + 1 } : state;
}

/** The state with these notes held back (a later version of a note replaces an earlier one). */
export function withIncoming(state: ReaderState, remotes: readonly Remote[]): ReaderState {
  if (!remotes.length) return state;
  const incoming = new Map(state.incoming);
  for (const { id, note } of remotes) incoming.set(id, note);
  return { ...state, incoming };
}

/** The state without these notes among those waiting (they were applied, or taken away, already). */
export function withoutIncoming(state: ReaderState, remotes: readonly Remote[]): ReaderState {
  if (!remotes.some(({ id }) => state.incoming.has(id))) return state;
  const incoming = new Map(state.incoming);
  for (const { id } of remotes) incoming.delete(id);
  return { ...state, incoming };
}

/** The state with what was held back applied. */
export function withIncomingApplied(state: ReaderState, viewerId: string | null): ReaderState {
  if (!state.incoming.size) return state;
  const remotes = [...state.incoming].map(([id, note]) => ({ id, note }));
  return { ...withRemote(state, remotes, viewerId), incoming: new Map() };
}

/** What the waiting notes are, for the button that shows them: notes new to the page, and changes to notes it has. */
export function incomingSummary(state: ReaderState): { added: number; changed: number } {
  let added = 0;
  let changed = 0;
  for (const [id, note] of state.incoming) {
    if (note && !isKnown(state, id)) added++;
    else if (note || isKnown(state, id)) changed++;
  }
  return { added, changed };
}
