// The reader's side of the live stream: each event names a note, which is fetched as the reader
// may see it now (or found gone: 404) and brought into the state (lib/annotations/client/remote.ts).
// Events that come together are fetched together, each note once. While the reader is selecting
// text, or notes already wait, new and changed notes wait, so that the text does not move under the
// selection; notes the reader may no longer see go at once.
import * as api from '@/lib/annotations/client/api';
import { withIncoming, withIncomingApplied, withoutIncoming, withRemote, type Remote } from '@/lib/annotations/client/remote';
import type { ReaderState, Store } from '@/lib/annotations/client/store';

const gatherMs = 100;

/** A selection of the reader's text (not of a form field in the panel) is being made or held. */
export function isSelectingText(): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return false;
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest('[data-segment-id]'));
}

/**
 * Runs `run` once the reader is not selecting text: at once, or when their selection ends. For a
 * reload of every note (the stream's `reset`), which would otherwise redraw the marks and bring
 * new notes in under a selection, where new notes wait. Returns a way to call it off.
 */
export function whenNotSelecting(
  run: () => void,
  { isSelecting = isSelectingText, events = document as EventTarget }: { isSelecting?: () => boolean; events?: EventTarget } = {},
): () => void {
  if (!isSelecting()) {
    run();
    return () => {};
  }
  const check = () => {
    if (isSelecting()) return;
    events.removeEventListener('selectionchange', check);
    run();
  };
  events.addEventListener('selectionchange', check);
  return () => events.removeEventListener('selectionchange', check);
}

async function fetchRemote(id: string): Promise<Remote | null> {
  try {
    return { id, note: await api.getAnnotation(id) };
  } catch (error) {
    // Gone, or no longer the reader's to see: both are a 404, and both mean take it away.
    if (error instanceof api.ApiError && error.status === 404) return { id, note: null };
    // Unreachable for now: the next event about it, or a reload, brings it.
    return null;
  }
}

export function createLiveUpdates(
  store: Store<ReaderState>,
  { viewerId, isSelecting = isSelectingText }: { viewerId: string | null; isSelecting?: () => boolean },
) {
  const due = new Set<string>();
  // Notes a group's end took away (hundreds at once, perhaps): taken away without a fetch each.
  const goneIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush() {
    const ids = [...due];
    const gone = [...goneIds].map((id): Remote => ({ id, note: null }));
    due.clear();
    goneIds.clear();
    const remotes = [...gone, ...(await Promise.all(ids.map(fetchRemote))).filter((remote) => remote !== null)];
    if (isSelecting() || store.get().incoming.size) {
      // What the reader may no longer see goes at once (a group left, a note deleted: taking a mark
      // away moves no text); only what arrives or changes waits behind the button.
      const removed = remotes.filter((remote) => remote.note === null);
      const waiting = remotes.filter((remote) => remote.note !== null);
      store.set((s) => withIncoming(withoutIncoming(withRemote(s, removed, viewerId), removed), waiting));
    } else {
      store.set((s) => withRemote(s, remotes, viewerId));
    }
  }

  return {
    /** A note changed elsewhere; `gone`: the server said it is no longer the reader's to see, so there is nothing to fetch. */
    receive(annotationId: string, gone = false) {
      if (gone) {
        due.delete(annotationId);
        goneIds.add(annotationId);
      } else {
        goneIds.delete(annotationId);
        due.add(annotationId);
      }
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), gatherMs);
    },
    /** Shows what waited. */
    showIncoming() {
      store.set((s) => withIncomingApplied(s, viewerId));
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
