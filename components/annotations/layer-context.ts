'use client';
// What the annotation layer shares with its leaves (highlights, markers, toolbar, panel): the
// annotations the viewer may see, who the viewer is, what the panel shows, and the actions.
import { createContext, useContext } from 'react';
import type { AnnotationChanges, ReplyWithParent } from '@/lib/annotations/client/api';
import type { PanelFilter } from '@/lib/annotations/client/panel-filter';
import type { SpanSelector } from '@/lib/anchoring';
import type { Annotation } from '@/lib/annotations/types';
import type { Color, Visibility } from '@/lib/validations/annotation';

export type LanguageInfo = { code: string; name: string; nativeName: string };
export type Viewer = { id: string; name: string } | null;

/** A selection about to become an annotation: its column and one span per segment. */
export type Draft = { language: string; targets: SpanSelector[] };

export type EditorValues = { color: Color; comment: string; tags: string[]; visibility: Visibility };

export type PanelView =
  | { mode: 'list' }
  /** `ids`: the annotations at one place (overlapping highlights, or one marker), shown one at a time. */
  | { mode: 'detail'; ids: string[]; index: number }
  | { mode: 'new'; draft: Draft }
  | { mode: 'edit'; id: string };

/** A highlight to draw: one anchored target, in code points of its segment's text. */
export type Highlight = { id: string; start: number; end: number; color: Color; visibility: Visibility; pending: boolean };

export type LayerContextValue = {
  slug: string;
  languages: LanguageInfo[];
  languageName: (code: string) => string;
  viewer: Viewer;
  signInHref: (segmentId?: string) => string;
  /** Annotations in text order, including ones still being saved. */
  annotations: Annotation[];
  byId: Map<string, Annotation>;
  /** More annotations exist than the page has loaded so far. */
  truncated: { shown: number; total: number } | null;
  /** Loads the next page of them; rejects with the API's error. Resolves with the notes it added. */
  loadMore: () => Promise<Annotation[]>;
  /** On a wide screen: the reader has folded the panel away (remembered in a cookie). */
  collapsed: boolean;
  /** Folds or unfolds the panel and remembers the choice. */
  setCollapsed: (collapsed: boolean) => void;
  unavailable: boolean;
  /** Highlights by `${segmentId} ${lang}`. */
  highlights: Map<string, Highlight[]>;
  pendingIds: ReadonlySet<string>;
  view: PanelView;
  filter: PanelFilter;
  setFilter: (filter: PanelFilter) => void;
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
  /** Opens annotations in the panel; `trigger` gets focus back when they are closed. */
  openAnnotations: (ids: string[], options?: { index?: number; trigger?: HTMLElement | null; scroll?: boolean }) => void;
  /** Back to the list; `restoreFocus` hands focus back to what opened the note, or else to `fallback`. */
  showList: (options?: { restoreFocus?: boolean; fallback?: HTMLElement | null }) => void;
  startComment: (draft: Draft, trigger?: HTMLElement | null) => void;
  startEdit: (id: string) => void;
  /** Saves a highlight at once (shown while it saves); rejects with the API's error. */
  saveHighlight: (draft: Draft, color: Color) => Promise<Annotation>;
  saveNew: (draft: Draft, values: EditorValues) => Promise<Annotation>;
  saveEdit: (id: string, changes: AnnotationChanges) => Promise<Annotation>;
  remove: (id: string) => Promise<void>;
  addReply: (annotationId: string, body: string) => Promise<ReplyWithParent>;
  editReply: (annotationId: string, replyId: string, body: string) => Promise<void>;
  removeReply: (annotationId: string, replyId: string) => Promise<void>;
  announce: (message: string) => void;
};

export const LayerContext = createContext<LayerContextValue | null>(null);

/** The layer, or null where a segment's text is drawn without one (a print view, a test). */
export const useOptionalLayer = () => useContext(LayerContext);

export function useLayer(): LayerContextValue {
  const layer = useContext(LayerContext);
  if (!layer) throw new Error('useLayer() outside <AnnotationLayer>');
  return layer;
}

export const highlightKey = (segmentId: string, lang: string) => `${segmentId} ${lang}`;
export const pendingPrefix = 'pending-';
export const draftId = 'draft';
