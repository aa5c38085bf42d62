'use client';
// The reader's annotation layer: holds the annotations the server rendered the page with, and
// every change the reader makes to them. Highlights, markers, the selection toolbar and the side
// panel are its leaves and read it through LayerContext. A change shows only once the API has
// committed it, except a plain highlight, which is drawn at once as "saving" and taken back, with
// the API's error, if the write fails.
import { useCallback, useMemo, useRef, useState } from 'react';
import { SelectionToolbar } from '@/components/annotations/selection-toolbar';
import './annotations.css';
import './notes-panel.css';
import './notes-list.css';
import './note-view.css';
import {
  draftId,
  highlightKey,
  LayerContext,
  pendingPrefix,
  type Draft,
  type EditorValues,
  type Highlight,
  type LanguageInfo,
  type LayerContextValue,
  type PanelView,
  type Viewer,
} from '@/components/annotations/layer-context';
import * as api from '@/lib/annotations/client/api';
import { afterPage, nextPage, withPage, type ListProgress } from '@/lib/annotations/client/more-notes';
import { inTextOrder, type PanelFilter } from '@/lib/annotations/client/panel-filter';
import { drawerMedia, revealAnnotation } from '@/lib/annotations/client/reveal';
import type { Annotation } from '@/lib/annotations/types';
import { notesCookieString } from '@/lib/reader/notes-preference';
import type { Color } from '@/lib/validations/annotation';

type Props = {
  slug: string;
  /** This reader with its columns, where signing in comes back to. */
  readerPath: string;
  languages: LanguageInfo[];
  /** Segment ids in document order, to place a highlight before the server has answered. */
  segmentIds: string[];
  viewer: Viewer;
  initial: Annotation[];
  /** How many annotations the viewer may see in all, of which `initial` are the first. */
  total: number;
  unavailable?: boolean;
  /** The reader folded the panel away last time (a cookie, so the first paint is right). */
  collapsed?: boolean;
  children: React.ReactNode;
};

let pendingCount = 0;

function provisional(draft: Draft, color: Color, viewer: NonNullable<Viewer>, segmentIds: string[]): Annotation {
  const now = new Date().toISOString();
  return {
    id: `${pendingPrefix}${++pendingCount}`,
    documentSlug: '',
    language: draft.language,
    color,
    comment: '',
    tags: [],
    visibility: 'private',
    author: { id: viewer.id, name: viewer.name },
    createdAt: now,
    updatedAt: now,
    deleted: false,
    status: 'anchored',
    targets: draft.targets.map((target) => ({
      ...target,
      segmentPosition: segmentIds.indexOf(target.segmentId),
      language: draft.language,
      anchor: { status: 'anchored', start: target.start, end: target.end, moved: false },
    })),
    replies: [],
  };
}

function drawnHighlights(annotations: Annotation[], pendingIds: ReadonlySet<string>, view: PanelView): Map<string, Highlight[]> {
  const map = new Map<string, Highlight[]>();
  const add = (segmentId: string, lang: string, highlight: Highlight) => {
    const key = highlightKey(segmentId, lang);
    map.set(key, [...(map.get(key) ?? []), highlight]);
  };
  for (const annotation of annotations) {
    if (annotation.deleted) continue;
    for (const target of annotation.targets) {
      if (target.anchor.status !== 'anchored') continue;
      add(target.segmentId, annotation.language, {
        id: annotation.id,
        start: target.anchor.start,
        end: target.anchor.end,
        color: annotation.color,
        visibility: annotation.visibility,
        pending: pendingIds.has(annotation.id),
      });
    }
  }
  // The passage being commented on stays marked while the reader writes.
  if (view.mode === 'new') {
    for (const target of view.draft.targets) {
      add(target.segmentId, view.draft.language, { id: draftId, start: target.start, end: target.end, color: 'yellow', visibility: 'private', pending: true });
    }
  }
  return map;
}

export function AnnotationLayer({ slug, readerPath, languages, segmentIds, viewer, initial, total, unavailable = false, collapsed: initiallyCollapsed = false, children }: Props) {
  const [annotations, setAnnotations] = useState(initial);
  const [loaded, setLoaded] = useState(initial);
  const [progress, setProgress] = useState<ListProgress>({ loaded: initial.length, total });
  const [collapsed, setCollapsedState] = useState(initiallyCollapsed);
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<PanelView>({ mode: 'list' });
  const [filter, setFilter] = useState<PanelFilter>({ scope: 'visible' });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [message, setMessage] = useState('');
  const trigger = useRef<HTMLElement | null>(null);
  const messageTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A refresh from the server (after an import) brings a new list; highlights still saving stay.
  if (loaded !== initial) {
    setLoaded(initial);
    setProgress({ loaded: initial.length, total });
    setAnnotations((current) => inTextOrder([...initial, ...current.filter((a) => pendingIds.has(a.id))]));
  }

  const announce = useCallback((text: string) => {
    // Emptied first, so that the same words twice are announced twice.
    setMessage('');
    clearTimeout(messageTimer.current);
    messageTimer.current = setTimeout(() => setMessage(text), 50);
  }, []);

  const replace = useCallback((id: string, next: Annotation | null) => {
    setAnnotations((current) => inTextOrder(next ? [...current.filter((a) => a.id !== id && a.id !== next.id), next] : current.filter((a) => a.id !== id)));
  }, []);

  const setPending = useCallback((id: string, pending: boolean) => {
    setPendingIds((current) => {
      const next = new Set(current);
      if (pending) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const highlights = useMemo(() => drawnHighlights(annotations, pendingIds, view), [annotations, pendingIds, view]);

  const value = useMemo((): LayerContextValue => {
    const names = new Map(languages.map((l) => [l.code, l.name]));
    const focusTrigger = (fallback?: HTMLElement | null) => {
      const element = trigger.current;
      // Still there and shown (not inside a closed drawer), or else the fallback.
      if (element?.isConnected && element.getClientRects().length) element.focus();
      else fallback?.focus();
    };
    return {
      slug,
      languages,
      languageName: (code) => names.get(code) ?? code,
      viewer,
      // The same on the server and in the browser (no window.location), so hydration agrees.
      signInHref: (segmentId) => `/signin?callbackUrl=${encodeURIComponent(`${readerPath}${segmentId ? `#${segmentId}` : ''}`)}`,
      annotations,
      byId,
      truncated: progress.total > progress.loaded ? { shown: progress.loaded, total: progress.total } : null,
      loadMore: async () => {
        const next = nextPage(progress);
        if (!next) return [];
        const page = await api.listAnnotations(slug, next);
        const { added } = withPage(annotations, page.items);
        setAnnotations((current) => withPage(current, page.items).annotations);
        setProgress(afterPage(page));
        return added;
      },
      collapsed,
      setCollapsed: (next) => {
        setCollapsedState(next);
        document.cookie = notesCookieString(next, window.location.protocol === 'https:');
      },
      unavailable,
      highlights,
      pendingIds,
      view,
      filter,
      setFilter,
      drawerOpen,
      setDrawerOpen,
      openAnnotations: (ids, options = {}) => {
        if (!ids.length) return;
        trigger.current = options.trigger ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
        const index = Math.min(options.index ?? 0, ids.length - 1);
        setView({ mode: 'detail', ids, index });
        setDrawerOpen(true);
        // A folded panel unfolds to show the note, without changing the remembered choice.
        setCollapsedState(false);
        // The drawer of a narrow screen covers the lower part of the text: bring the passage above it.
        if (options.scroll || window.matchMedia(drawerMedia).matches) {
          const annotation = byId.get(ids[index]!);
          if (annotation) revealAnnotation(annotation);
        }
      },
      showList: ({ restoreFocus = false, fallback } = {}) => {
        setView({ mode: 'list' });
        if (restoreFocus) requestAnimationFrame(() => focusTrigger(fallback));
      },
      startComment: (draft, from) => {
        trigger.current = from ?? null;
        setView({ mode: 'new', draft });
        setDrawerOpen(true);
        setCollapsedState(false);
      },
      startEdit: (id) => setView({ mode: 'edit', id }),
      saveHighlight: async (draft, color) => {
        if (!viewer) throw new api.ApiError('Sign in to annotate.', 401);
        const shown = provisional(draft, color, viewer, segmentIds);
        setPending(shown.id, true);
        replace(shown.id, shown);
        announce('Saving highlight…');
        try {
          const saved = await api.createAnnotation(slug, { language: draft.language, color, comment: '', tags: [], visibility: 'private', targets: draft.targets });
          replace(shown.id, saved);
          announce('Highlight saved');
          return saved;
        } catch (error) {
          replace(shown.id, null);
          announce('The highlight was not saved');
          throw error;
        } finally {
          setPending(shown.id, false);
        }
      },
      saveNew: async (draft, values: EditorValues) => {
        const saved = await api.createAnnotation(slug, { language: draft.language, ...values, targets: draft.targets });
        replace(saved.id, saved);
        setView({ mode: 'detail', ids: [saved.id], index: 0 });
        announce('Note saved');
        return saved;
      },
      saveEdit: async (id, changes) => {
        const saved = await api.updateAnnotation(id, changes);
        replace(id, saved);
        setView({ mode: 'detail', ids: [id], index: 0 });
        announce('Note updated');
        return saved;
      },
      remove: async (id) => {
        const placeholder = await api.deleteAnnotation(id);
        replace(id, placeholder);
        if (placeholder) {
          announce('Note deleted; its replies stay under a placeholder');
        } else {
          setView({ mode: 'list' });
          announce('Note deleted');
          requestAnimationFrame(() => focusTrigger());
        }
      },
      addReply: async (annotationId, body) => {
        const reply = await api.createReply(annotationId, body);
        const { annotationId: _parent, ...stored } = reply;
        setAnnotations((current) => current.map((a) => (a.id === annotationId ? { ...a, replies: [...a.replies, stored] } : a)));
        announce('Reply posted');
        return reply;
      },
      editReply: async (annotationId, replyId, body) => {
        const { annotationId: _parent, ...stored } = await api.updateReply(replyId, body);
        setAnnotations((current) =>
          current.map((a) => (a.id === annotationId ? { ...a, replies: a.replies.map((r) => (r.id === replyId ? stored : r)) } : a)),
        );
        announce('Reply updated');
      },
      removeReply: async (annotationId, replyId) => {
        await api.deleteReply(replyId);
        const parent = byId.get(annotationId);
        const rest = parent?.replies.filter((r) => r.id !== replyId) ?? [];
        // The last reply under a deleted note takes its placeholder with it (as the API does).
        if (parent?.deleted && rest.length === 0) {
          replace(annotationId, null);
          setView({ mode: 'list' });
        } else {
          setAnnotations((current) => current.map((a) => (a.id === annotationId ? { ...a, replies: a.replies.filter((r) => r.id !== replyId) } : a)));
        }
        announce('Reply deleted');
      },
      announce,
    };
  }, [slug, readerPath, languages, segmentIds, viewer, annotations, byId, progress, collapsed, unavailable, highlights, pendingIds, view, filter, drawerOpen, announce, replace, setPending]);

  return (
    <LayerContext.Provider value={value}>
      <div className="annotation-root">{children}</div>
      <SelectionToolbar />
      <p id="accord_note_mark_hint" hidden>
        Highlighted passage: press Enter to open its note.
      </p>
      <div role="status" className="visually-hidden" aria-live="polite">
        {message}
      </div>
    </LayerContext.Provider>
  );
}
