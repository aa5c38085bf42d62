// The reader's annotation state in the browser, outside React: what is drawn in the text, the notes
// loaded so far, and what the panel shows. Components read it through selectors (useReaderState in
// components/annotations/reader-context.tsx), so that a change re-renders only what it touches: a
// segment's text subscribes to its own highlights, and their array changes only when one of them
// does. Every update here is a pure function of the state, tested without a browser.
import { spanLanguage, type AnnotationHighlight, type HighlightSpan, type RenderedAnnotation } from '@/lib/annotations/types';
import type { SpanSelector } from '@/lib/anchoring';
import { textKey } from '@/lib/content/text-keys';
import { defaultWitnessId } from '@/lib/content/types';
import type { Color, Visibility } from '@/lib/validations/annotation-limits';

/**
 * One span of a draft; `language` when it is in another column than the draft's (a comparison),
 * `witness` when the column shows another text of its language than its own file.
 */
export type DraftTarget = SpanSelector & { language?: string; witness?: string };

/** A selection about to become an annotation: its column and one span per segment (and, comparing, the answering words in another column), each on the text its column shows. */
export type Draft = { language: string; targets: DraftTarget[] };

export type PanelView =
  | { mode: 'list' }
  /** `ids`: the annotations at one place (overlapping highlights, or one marker), shown one at a time. */
  | { mode: 'detail'; ids: string[]; index: number }
  | { mode: 'new'; draft: Draft }
  | { mode: 'edit'; id: string };

/** A highlight drawn in one segment's text, in code points of that text. */
/** `uncertain`: the text there changed since the note was made (drawn marked). */
export type DrawnHighlight = { id: string; start: number; end: number; color: Color; visibility: Visibility; pending: boolean; uncertain?: true };

/**
 * An annotation that has a highlight on a segment, for the markers of the other texts: `text`, the
 * text key its own language's span there is drawn on (`ja`, `ja.working`); `texts`, the keys of
 * every text its spans there are drawn on (a comparison quotes several columns).
 */
export type SegmentNote = { id: string; language: string; text: string; texts: readonly string[]; color: Color };

export type StoredHighlight = AnnotationHighlight & { pending: boolean };

export type ReaderState = {
  /** By id, in text order as the server gave them (new ones last). */
  highlights: ReadonlyMap<string, StoredHighlight>;
  /** What each segment's text draws, by highlightKey(segmentId, text key: `ja`, or `ja.working` for a witness); a key's array changes only with its highlights. */
  drawn: ReadonlyMap<string, readonly DrawnHighlight[]>;
  /** Saved highlights on each segment, in every language, by segment id. */
  onSegment: ReadonlyMap<string, readonly SegmentNote[]>;
  /** Notes loaded so far (a list page, an opened note), by id. */
  notes: ReadonlyMap<string, RenderedAnnotation>;
  /** How many annotations the viewer may see (deleted placeholders included), and how many the highlights cover. */
  total: number;
  covered: number;
  tags: readonly { tag: string; count: number }[];
  /** Bumped whenever this page changed the server's list (a note made, edited, deleted), so that the panel reloads it. */
  listVersion: number;
  view: PanelView;
  drawerOpen: boolean;
  collapsed: boolean;
  /** The live region's words. */
  message: string;
  /** A note whose author is selecting its passage again (the selection toolbar then places it). */
  reselecting: { id: string; language: string } | null;
  /** "Compare with…": the words first selected, waiting for the answering words in another column. */
  comparing: Draft | null;
  /** Other readers' notes as the live stream brought them while this reader was selecting, held back until asked for (lib/annotations/client/remote.ts). */
  incoming: ReadonlyMap<string, RenderedAnnotation | null>;
  /** Groups the reader left, or was removed from, while the page was open (the live stream said so): no longer offered. */
  leftGroups: ReadonlySet<string>;
};

export const draftId = 'draft';
export const pendingPrefix = 'pending-';
export const highlightKey = (segmentId: string, lang: string) => `${segmentId} ${lang}`;

const none: readonly never[] = Object.freeze([]);
export const noHighlights: readonly DrawnHighlight[] = none;
export const noNotes: readonly SegmentNote[] = none;

type Init = { highlights: readonly AnnotationHighlight[]; total: number; covered: number; tags: ReaderState['tags']; collapsed: boolean };

export function initialState({ highlights, total, covered, tags, collapsed }: Init): ReaderState {
  const state: ReaderState = {
    highlights: new Map(highlights.map((h) => [h.id, { ...h, pending: false }])),
    drawn: new Map(),
    onSegment: new Map(),
    notes: new Map(),
    total,
    covered,
    tags,
    listVersion: 0,
    view: { mode: 'list' },
    drawerOpen: false,
    collapsed,
    message: '',
    reselecting: null,
    comparing: null,
    incoming: new Map(),
    leftGroups: new Set(),
  };
  return { ...state, ...derived(state.highlights, state.view, state.comparing) };
}

/** A span is drawn in its own column, on the text it was made on (lib/content/text-keys.ts): a note that compares languages paints in each column it quotes. */
const spanText = (h: { language: string }, span: { language?: string; witness?: string }) => textKey(spanLanguage(h, span), span.witness);
const keyOf = (h: AnnotationHighlight, span: HighlightSpan) => highlightKey(span.segmentId, spanText(h, span));
const keysOf = (h: AnnotationHighlight) => h.spans.map((span) => keyOf(h, span));

/** The draft spans drawn: a new note's, and the words waiting for "Compare with…" to be answered, each in its column. */
function draftSpans(view: PanelView, comparing: Draft | null): { key: string; target: DraftTarget }[] {
  const drafts = [...(view.mode === 'new' ? [view.draft] : []), ...(comparing ? [comparing] : [])];
  return drafts.flatMap((draft) => draft.targets.map((target) => ({ key: highlightKey(target.segmentId, spanText(draft, target)), target })));
}

/**
 * Every key's drawn highlights and every segment's notes, from scratch (at start, or after a
 * reload), or, given `only`, those of the keys and segments a change touched.
 */
function derived(
  highlights: ReaderState['highlights'],
  view: PanelView,
  comparing: Draft | null,
  only?: { keys: ReadonlySet<string>; segments: ReadonlySet<string> },
): { drawn: Map<string, DrawnHighlight[]>; onSegment: Map<string, SegmentNote[]> } {
  const drawn = new Map<string, DrawnHighlight[]>();
  const onSegment = new Map<string, SegmentNote[]>();
  for (const h of highlights.values()) {
    for (const span of h.spans) {
      const key = keyOf(h, span);
      if (!only || only.keys.has(key)) appendTo(drawn, key, drawnOf(h, span));
    }
    if (h.pending) continue;
    for (const segmentId of new Set(h.spans.map((s) => s.segmentId))) {
      if (!only || only.segments.has(segmentId)) appendTo(onSegment, segmentId, noteOf(h, segmentId));
    }
  }
  for (const { key, target } of draftSpans(view, comparing)) appendTo(drawn, key, draftHighlight(target));
  return { drawn, onSegment };
}

/**
 * Adds `value` to the list at `key`, made here when the key has none. Only for lists this build made
 * itself: copying the list for each addition cost O(n²), 17 to 28 ms for a thousand highlights when
 * the page woke up (measured in Node, more in a busy browser).
 */
function appendTo<T>(lists: Map<string, T[]>, key: string, value: T) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

const drawnOf = (h: StoredHighlight, span: HighlightSpan): DrawnHighlight => ({
  id: h.id,
  start: span.start,
  end: span.end,
  color: h.color,
  visibility: h.visibility,
  pending: h.pending,
  ...(span.uncertain ? { uncertain: true as const } : {}),
});
const noteOf = (h: StoredHighlight, segmentId: string): SegmentNote => ({
  id: h.id,
  language: h.language,
  color: h.color,
  ...textsOn(h, segmentId),
});
function textsOn(h: StoredHighlight, segmentId: string): Pick<SegmentNote, 'text' | 'texts'> {
  const here = h.spans.filter((span) => span.segmentId === segmentId);
  const own = here.find((span) => spanLanguage(h, span) === h.language);
  return { text: textKey(h.language, own?.witness), texts: [...new Set(here.map((span) => spanText(h, span)))] };
}
const draftHighlight = (target: { start: number; end: number }): DrawnHighlight => ({
  id: draftId,
  start: target.start,
  end: target.end,
  color: 'yellow',
  visibility: 'private',
  pending: true,
});

/**
 * The state with the highlights changed (`changes`: id → its new highlight, or null to take it
 * away) and the view (and the words waiting to be compared) set, rebuilding only the keys and
 * segments they touch.
 */
export function withHighlights(
  state: ReaderState,
  changes: ReadonlyMap<string, StoredHighlight | null>,
  view: PanelView = state.view,
  comparing: Draft | null = state.comparing,
): ReaderState {
  const highlights = new Map(state.highlights);
  const keys = new Set<string>();
  const segments = new Set<string>();
  const touch = (h: AnnotationHighlight | undefined | null) => {
    if (!h) return;
    for (const key of keysOf(h)) keys.add(key);
    for (const span of h.spans) segments.add(span.segmentId);
  };
  for (const [id, next] of changes) {
    touch(highlights.get(id));
    touch(next);
    if (next) highlights.set(id, next);
    else highlights.delete(id);
  }
  for (const { key } of [...draftSpans(state.view, state.comparing), ...draftSpans(view, comparing)]) keys.add(key);
  if (!changes.size && view === state.view && comparing === state.comparing) return state;

  // The touched keys' and segments' lists are made afresh; the others are the old state's, shared.
  const rebuilt = derived(highlights, view, comparing, { keys, segments });
  const drawn = new Map(state.drawn);
  const onSegment = new Map(state.onSegment);
  for (const key of keys) drawn.delete(key);
  for (const segmentId of segments) onSegment.delete(segmentId);
  for (const [key, list] of rebuilt.drawn) drawn.set(key, list);
  for (const [segmentId, list] of rebuilt.onSegment) onSegment.set(segmentId, list);
  return { ...state, highlights, drawn, onSegment, view, comparing };
}

/** The state with every highlight replaced (the server sent a new page, e.g. after an import); those still saving stay. */
export function withAllHighlights(state: ReaderState, init: Omit<Init, 'collapsed'>): ReaderState {
  const highlights = new Map<string, StoredHighlight>(init.highlights.map((h) => [h.id, { ...h, pending: false }]));
  for (const h of state.highlights.values()) if (h.pending) highlights.set(h.id, h);
  return {
    ...state,
    highlights,
    total: init.total,
    covered: init.covered,
    tags: init.tags,
    notes: new Map(),
    listVersion: state.listVersion + 1,
    ...derived(highlights, state.view, state.comparing),
  };
}

/** The highlight an annotation draws: its anchored and uncertain spans, none for a deleted placeholder. */
export function highlightOf(annotation: RenderedAnnotation, viewerId: string | null): StoredHighlight {
  return {
    id: annotation.id,
    language: annotation.language,
    color: annotation.color,
    visibility: annotation.visibility,
    mine: viewerId !== null && annotation.author.id === viewerId,
    pending: false,
    spans: annotation.deleted
      ? []
      : annotation.targets.flatMap(({ segmentId, anchor, language, witness }): HighlightSpan[] =>
          anchor.status === 'orphaned'
            ? []
            : [
                {
                  segmentId,
                  start: anchor.start,
                  end: anchor.end,
                  ...(anchor.status === 'uncertain' ? { uncertain: true as const } : {}),
                  ...(language !== annotation.language ? { language } : {}),
                  ...(witness && witness !== defaultWitnessId ? { witness } : {}),
                },
              ],
        ),
  };
}

/** The state with these notes known (newer versions replace older ones). */
export function withNotes(state: ReaderState, notes: readonly RenderedAnnotation[]): ReaderState {
  if (!notes.length) return state;
  const next = new Map(state.notes);
  for (const note of notes) next.set(note.id, note);
  return { ...state, notes: next };
}

/** Tags in use after a note with `before` tags now has `after` (most used first). */
export function withTagsChanged(tags: ReaderState['tags'], before: readonly string[], after: readonly string[]): ReaderState['tags'] {
  const counts = new Map(tags.map(({ tag, count }) => [tag, count]));
  for (const tag of before) counts.set(tag, (counts.get(tag) ?? 0) - 1);
  for (const tag of after) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * The notes on a segment drawn in other texts than `text` (the cell's text key: other languages,
 * and other texts of its own language), by language in `languageOrder`, each language's in text
 * order. A comparison that quotes this text too is drawn here already: no marker.
 */
export function counterpartNotes(notes: readonly SegmentNote[], text: string, languageOrder: readonly string[]): SegmentNote[] {
  const rank = (code: string) => {
    const index = languageOrder.indexOf(code);
    return index < 0 ? languageOrder.length : index;
  };
  return notes
    .filter((note) => !note.texts.includes(text))
    .map((note, order) => ({ note, order }))
    .sort((a, b) => rank(a.note.language) - rank(b.note.language) || a.order - b.order)
    .map(({ note }) => note);
}
