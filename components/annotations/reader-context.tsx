'use client';
// How the annotation layer's leaves reach it: one context whose value never changes (the store,
// its actions, and facts about the page), and selectors over the store, so that a component
// re-renders only when what it selected changes, never because something else did.
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ReaderActions, Viewer } from '@/lib/annotations/client/actions';
import type { LiveUpdates } from '@/lib/annotations/client/live';
import type { GroupChoice } from '@/lib/groups/audience';
import type { Store } from '@/lib/annotations/client/external-store';
import { highlightKey, noHighlights, noNotes, type DrawnHighlight, type ReaderState, type SegmentNote } from '@/lib/annotations/client/store';
import type { PhraseSpan } from '@/lib/reader/phrase-runs';

export type LanguageInfo = { code: string; name: string; nativeName: string };

/** What does not change while the page is open. */
export type ReaderInfo = {
  slug: string;
  languages: LanguageInfo[];
  languageName: (code: string) => string;
  viewer: Viewer;
  /** The viewer's reading groups, with their role in each (none when signed out). */
  groups: GroupChoice[];
  /** The same on the server and in the browser (no window.location), so hydration agrees. */
  signInHref: (segmentId?: string) => string;
  unavailable: boolean;
};

export type ReaderContextValue = { store: Store<ReaderState>; actions: ReaderActions; live: LiveUpdates; info: ReaderInfo };

export const ReaderContext = createContext<ReaderContextValue | null>(null);

/** The layer, or null where a segment's text is drawn without one (a print view, a test). */
export const useOptionalReader = () => useContext(ReaderContext);

export function useReader(): ReaderContextValue {
  const reader = useContext(ReaderContext);
  if (!reader) throw new Error('useReader() outside <AnnotationLayer>');
  return reader;
}

/** Reads every note of the page again from the server (after an import, or the stream's `reset`). */
export function useReloadNotes(): () => void {
  const { live } = useReader();
  const router = useRouter();
  return useCallback(() => {
    live.reloadStarted();
    router.refresh();
  }, [live, router]);
}

/** A value selected from the store; `selector` must return something held in the state (or a primitive), not a new object. */
export function useReaderState<T>(selector: (state: ReaderState) => T): T {
  const { store } = useReader();
  const select = () => selector(store.get());
  return useSyncExternalStore(store.subscribe, select, select);
}

/** The reader's groups, less those they left (or were removed from) since the page was served. */
export function useGroups(): GroupChoice[] {
  const { info } = useReader();
  const left = useReaderState((s) => s.leftGroups);
  return useMemo(() => (left.size ? info.groups.filter((group) => !left.has(group.id)) : info.groups), [info.groups, left]);
}

const noStore: Store<ReaderState | null> = { get: () => null, set: () => {}, subscribe: () => () => {} };

/**
 * The highlights one segment's text draws. Painted once the page is interactive, not in the HTML:
 * a thousand notes' marks would weigh more than the text (they change no layout, so nothing moves).
 */
export function useDrawnHighlights(segmentId: string, lang: string): readonly DrawnHighlight[] {
  const store = useOptionalReader()?.store ?? noStore;
  const key = highlightKey(segmentId, lang);
  return useSyncExternalStore(
    store.subscribe,
    () => store.get()?.drawn.get(key) ?? noHighlights,
    () => noHighlights,
  );
}

/**
 * The aligned phrases of one cell that notes made in the passage's other languages reach (their
 * spans cover or overlap the phrase's counterpart there), with those notes:
 * "phrase=color=id,id phrase=…". A string, so that the cell re-renders only when it changes.
 */
export function useCounterpartLights(segmentId: string, lang: string, phrases: readonly PhraseSpan[]): string {
  const store = useOptionalReader()?.store ?? noStore;
  const select = () => {
    const state = store.get();
    if (!state || !phrases.length) return '';
    const lights: string[] = [];
    // A note that compares languages and quotes this cell is drawn here itself: no light besides.
    const here = new Set((state.drawn.get(highlightKey(segmentId, lang)) ?? noHighlights).map((h) => h.id));
    for (const phrase of phrases) {
      const notes = Object.entries(phrase.link ?? {}).flatMap(([other, [start, end]]) =>
        other === lang
          ? []
          : (state.drawn.get(highlightKey(segmentId, other)) ?? noHighlights).filter((h) => !h.pending && !here.has(h.id) && h.start < end && start < h.end),
      );
      if (notes.length) lights.push(`${phrase.id}=${notes[0]!.color}=${[...new Set(notes.map((n) => n.id))].join(',')}`);
    }
    return lights.join(' ');
  };
  return useSyncExternalStore(store.subscribe, select, () => '');
}

/** The saved notes on a segment in every language (for the markers beside its other versions); in the HTML, as they take room. */
export function useSegmentNotes(segmentId: string): readonly SegmentNote[] {
  const store = useOptionalReader()?.store ?? noStore;
  const select = () => store.get()?.onSegment.get(segmentId) ?? noNotes;
  return useSyncExternalStore(store.subscribe, select, select);
}
