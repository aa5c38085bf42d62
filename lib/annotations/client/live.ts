// The reader's side of the live stream: each event names a note, which is fetched as the reader
// may see it now (or found gone: 404) and brought into the state (lib/annotations/client/remote.ts).
// Events that come together are fetched together, each note once. While the reader is selecting
// text, or notes already wait, new and changed notes wait, so that the text does not move under the
// selection; notes the reader may no longer see go at once.
// A reload of every note (router.refresh(): a `reset`, an import) answers with the notes as they
// were when the server read them, which can be older than what an event brought in while it was on
// its way: the events since the reload was asked for are fetched again once its notes are in.
import * as api from '@/lib/annotations/client/api';
import { withIncoming, withIncomingApplied, withoutIncoming, withRemote, type Remote } from '@/lib/annotations/client/remote';
import type { Store } from '@/lib/annotations/client/external-store';
import type { ReaderState } from '@/lib/annotations/client/store';

const gatherMs = 100;
/**
 * How far back a reload's answer may be: one asked for here is replayed from when it was asked for
 * (if that is less than this long ago); a render nobody asked for here (a change of columns or of
 * reading mode renders the page again) from this long before it arrived.
 */
const reloadTakesMs = 10_000;
/** A reload that takes longer than this is taken as one nobody asked for. */
const reloadGivenUpMs = 60_000;
/** Events remembered at most: a burst larger than this comes as one `reset` anyway (lib/live/hub.ts). */
const receivedKept = 1_000;

type Received = { at: number; annotationId: string; gone: boolean };

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

export type LiveUpdates = ReturnType<typeof createLiveUpdates>;

export function createLiveUpdates(
  store: Store<ReaderState>,
  { viewerId, isSelecting = isSelectingText, now = () => performance.now() }: { viewerId: string | null; isSelecting?: () => boolean; now?: () => number },
) {
  const due = new Set<string>();
  const received: Received[] = [];
  // When the earliest reload not yet answered was asked for.
  let reloadAskedAt: number | undefined;
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

  function forgetOld() {
    const since = now() - reloadGivenUpMs;
    while (received.length && (received[0]!.at < since || received.length > receivedKept)) received.shift();
  }

  function take(annotationId: string, gone: boolean) {
    if (gone) {
      due.delete(annotationId);
      goneIds.add(annotationId);
    } else {
      goneIds.delete(annotationId);
      due.add(annotationId);
    }
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), gatherMs);
  }

  return {
    /** A note changed elsewhere; `gone`: the server said it is no longer the reader's to see, so there is nothing to fetch. */
    receive(annotationId: string, gone = false) {
      forgetOld();
      received.push({ at: now(), annotationId, gone });
      take(annotationId, gone);
    },
    /** A reload of every note was asked for (call it before router.refresh()). */
    reloadStarted() {
      reloadAskedAt ??= now();
    },
    /**
     * The page's notes were read again and are in the store: what the events since the reload was
     * asked for named is fetched again, each note once as its last event left it, so that the older
     * answer does not undo them. Two reloads answered as one are one; a second answer, or one
     * nobody asked for, replays the last few seconds.
     */
    reloaded() {
      const at = now();
      const since = reloadAskedAt !== undefined && at - reloadAskedAt < reloadGivenUpMs ? reloadAskedAt : at - reloadTakesMs;
      reloadAskedAt = undefined;
      forgetOld();
      const last = new Map<string, boolean>();
      for (const event of received) if (event.at >= since) last.set(event.annotationId, event.gone);
      for (const [annotationId, gone] of last) take(annotationId, gone);
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
