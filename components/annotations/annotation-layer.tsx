'use client';
// The reader's annotation layer: makes the page's store (lib/annotations/client/store.ts) from what
// the server rendered the page with, and its actions, once; highlights, markers, the selection
// toolbar and the side panel are its leaves and read the store through selectors.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import { useEffect, useRef, useState } from 'react';
import { LinkedNote } from '@/components/annotations/linked-note';
import { LiveNotes } from '@/components/annotations/live-notes';
import { SelectionWatch } from '@/components/annotations/selection-watch';
import { ReaderContext, useReaderState, type LanguageInfo, type ReaderContextValue } from '@/components/annotations/reader-context';
import './annotations.css';
import './notes-panel.css';
import './notes-list.css';
import './note-view.css';
import { createActions, type Viewer } from '@/lib/annotations/client/actions';
import { createLiveUpdates } from '@/lib/annotations/client/live';
import { createStore } from '@/lib/annotations/client/external-store';
import { initialState, withAllHighlights } from '@/lib/annotations/client/store';
import { unpackHighlights } from '@/lib/annotations/highlight-wire';
import type { ReaderHighlights } from '@/lib/annotations/types';
import type { GroupChoice } from '@/lib/groups/audience';

// Loaded the first time a reader starts a comparison: most readers never do.
const ComparePrompt = dynamic(() => import('@/components/annotations/compare-prompt').then((module) => module.ComparePrompt));

function WhileComparing() {
  const comparing = useReaderState((s) => !!s.comparing);
  return comparing ? <ComparePrompt /> : null;
}

type Props = {
  slug: string;
  /** This reader with its columns, where signing in comes back to. */
  readerPath: string;
  languages: LanguageInfo[];
  viewer: Viewer;
  groups?: GroupChoice[];
  highlights: ReaderHighlights;
  /** How many annotations the viewer may see in all. */
  total: number;
  unavailable?: boolean;
  /** The reader folded the panel away last time (a cookie, so the first paint is right). */
  collapsed?: boolean;
  children: React.ReactNode;
};

function LiveRegion() {
  const t = useTranslations('Announce');
  const message = useReaderState((s) => s.message);
  return (
    <div role="status" className="visually-hidden" aria-live="polite">
      {message && t.has(message as 'noteSaved') ? t(message as 'noteSaved') : message}
    </div>
  );
}

export function AnnotationLayer({
  slug,
  readerPath,
  languages,
  viewer,
  groups = [],
  highlights,
  total,
  unavailable = false,
  collapsed = false,
  children,
}: Props) {
  const t = useTranslations('Notes');
  const { nameOf } = useLanguageNames();
  const [value] = useState((): ReaderContextValue => {
    const store = createStore(
      initialState({ highlights: unpackHighlights(highlights.packed), total, covered: highlights.covered, tags: highlights.tags, collapsed }),
    );
    const names = new Map(languages.map((l) => [l.code, nameOf(l)]));
    return {
      store,
      actions: createActions(store, { slug, viewer }),
      live: createLiveUpdates(store, { viewerId: viewer?.id ?? null }),
      info: {
        slug,
        languages,
        languageName: (code) => names.get(code) ?? code,
        viewer,
        groups,
        signInHref: (segmentId) => `/signin?callbackUrl=${encodeURIComponent(`${readerPath}${segmentId ? `#${segmentId}` : ''}`)}`,
        unavailable,
      },
    };
  });

  // A refresh from the server (after an import) brings new highlights; those still saving stay, and
  // what the live stream named meanwhile is fetched again (lib/annotations/client/live.ts).
  const served = useRef(highlights);
  useEffect(() => {
    if (served.current === highlights) return;
    served.current = highlights;
    value.store.set((s) =>
      withAllHighlights(s, { highlights: unpackHighlights(highlights.packed), total, covered: highlights.covered, tags: highlights.tags }),
    );
    value.live.reloaded();
  }, [highlights, total, value]);

  return (
    <ReaderContext.Provider value={value}>
      <div className="annotation-root">{children}</div>
      <SelectionWatch />
      <WhileComparing />
      <p id="accord_note_mark_hint" hidden>
        {t('markHint')}
      </p>
      <p id="accord_note_mark_changed" hidden>
        {t('textChangedSince')}
      </p>
      <LiveRegion />
      <LiveNotes />
      <LinkedNote />
    </ReaderContext.Provider>
  );
}
