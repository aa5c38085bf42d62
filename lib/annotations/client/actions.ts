// Everything the reader can do to annotations, as one object made once per page: components call
// these and never set state themselves. A change shows once the API has committed it, except a
// plain highlight, which is drawn at once as "saving" (the store's optimistic entry) and taken
// back, with the API's error, if the write fails.
import * as api from '@/lib/annotations/client/api';
import { createLoadingActions } from '@/lib/annotations/client/loading-actions';
import { createReplyActions } from '@/lib/annotations/client/reply-actions';
import { counted } from '@/lib/annotations/client/remote';
import { drawerMedia, revealAnnotation } from '@/lib/annotations/client/reveal';
import {
  highlightOf,
  pendingPrefix,
  withHighlights,
  withNotes,
  withTagsChanged,
  type Draft,
  type PanelView,
  type ReaderState,
  type StoredHighlight,
} from '@/lib/annotations/client/store';
import type { Store } from '@/lib/annotations/client/external-store';
import type { RenderedAnnotation } from '@/lib/annotations/types';
import { defaultWitnessId } from '@/lib/content/types';
import { notesCookieString } from '@/lib/reader/notes-preference';
import type { Color } from '@/lib/validations/annotation-limits';
import { privateAudience, type Audience } from '@/lib/groups/audience';

export type Viewer = { id: string; name: string } | null;
export type EditorValues = Required<Pick<api.NewAnnotation, 'color' | 'comment' | 'tags' | 'visibility'>> & { groupId?: string };
type OpenOptions = { index?: number; trigger?: HTMLElement | null; scroll?: boolean };

let pendingCount = 0;

export function createActions(store: Store<ReaderState>, { slug, viewer }: { slug: string; viewer: Viewer }) {
  // What opened the note in the panel, to hand focus back to when it closes.
  let trigger: HTMLElement | null = null;
  // What had focus when a comparison began, for its cancel to hand focus back.
  let compareFrom: HTMLElement | null = null;
  let messageTimer: ReturnType<typeof setTimeout> | undefined;
  const viewerId = viewer?.id ?? null;
  const set = store.set;
  const setView = (view: PanelView) => set((s) => withHighlights(s, new Map(), view));

  const focusTrigger = (fallback?: HTMLElement | null) => {
    // Still there and shown (not inside a closed drawer), or else the fallback.
    if (trigger?.isConnected && trigger.getClientRects().length) trigger.focus();
    else fallback?.focus();
  };

  /** The annotation saved or changed: its note known, its highlight drawn as saved, the list told. */
  const saved = (note: RenderedAnnotation, replacing = note.id, view?: PanelView) =>
    set((s) => {
      const old = s.notes.get(replacing);
      const changes = new Map<string, StoredHighlight | null>([
        [replacing, null],
        [note.id, highlightOf(note, viewerId)],
      ]);
      const next = withNotes(withHighlights(s, changes, view ?? s.view), [note]);
      const tags = withTagsChanged(s.tags, old?.deleted ? [] : (old?.tags ?? []), note.deleted ? [] : note.tags);
      return { ...next, tags, listVersion: s.listVersion + 1 };
    });

  /** Counts a note this page made, unless the live stream brought it first (lib/annotations/client/live.ts). */
  const countNew = (id: string, save: () => void) => {
    const known = store.get().highlights.has(id);
    save();
    if (!known) set((s) => ({ ...s, ...counted(s, 1) }));
  };

  /** Says `text` to screen readers: a key of Announce in messages/*.json, or words already in the interface language. */
  const announce = (text: string) => {
    // Emptied first, so that the same words twice are announced twice.
    set((s) => ({ ...s, message: '' }));
    clearTimeout(messageTimer);
    messageTimer = setTimeout(() => set((s) => ({ ...s, message: text })), 50);
  };

  const actions = {
    announce,
    ...createLoadingActions(store, { slug, viewerId }),
    ...createReplyActions(store, announce),

    setCollapsed(collapsed: boolean) {
      set((s) => ({ ...s, collapsed }));
      document.cookie = notesCookieString(collapsed, window.location.protocol === 'https:');
    },

    setDrawerOpen(drawerOpen: boolean) {
      set((s) => ({ ...s, drawerOpen }));
    },

    /** Opens annotations in the panel; `trigger` gets focus back when they are closed. */
    openAnnotations(ids: string[], options: OpenOptions = {}) {
      if (!ids.length) return;
      trigger = options.trigger ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      const index = Math.min(options.index ?? 0, ids.length - 1);
      // A folded panel unfolds to show the note, without changing the remembered choice.
      set((s) => ({ ...withHighlights(s, new Map(), { mode: 'detail', ids, index }), drawerOpen: true, collapsed: false }));
      void actions.ensureNotes([ids[index]!]);
      // The drawer of a narrow screen covers the lower part of the text: bring the passage above it.
      if (options.scroll || window.matchMedia(drawerMedia).matches) {
        const id = ids[index]!;
        const note = store.get().notes.get(id);
        const segmentId = store.get().highlights.get(id)?.spans[0]?.segmentId ?? note?.targets[0]?.segmentId;
        revealAnnotation({ id, segmentId });
      }
    },

    /** Back to the list; `restoreFocus` hands focus back to what opened the note, or else to `fallback`. */
    showList({ restoreFocus = false, fallback }: { restoreFocus?: boolean; fallback?: HTMLElement | null } = {}) {
      setView({ mode: 'list' });
      if (restoreFocus) requestAnimationFrame(() => focusTrigger(fallback));
    },

    startComment(draft: Draft, from?: HTMLElement | null) {
      trigger = from ?? null;
      // A comparison's answer found: the words waiting for it are in this draft now.
      set((s) => ({ ...withHighlights(s, new Map(), { mode: 'new', draft }, null), drawerOpen: true, collapsed: false }));
    },

    /**
     * "Compare with…": these words wait, drawn, for the reader to select their answer in another
     * column. `from`: what had focus before (a passage's Select button), to go back to on cancel.
     */
    startCompare(draft: Draft, from?: HTMLElement | null) {
      compareFrom = from ?? null;
      set((s) => withHighlights(s, new Map(), s.view, draft));
      actions.announce('compareStarted');
    },

    /** Leaves a comparison without making a note (Escape, or the prompt's Cancel); gives back what had focus before it. */
    cancelCompare(): HTMLElement | null {
      if (!store.get().comparing) return null;
      set((s) => withHighlights(s, new Map(), s.view, null));
      actions.announce('compareCancelled');
      const from = compareFrom;
      compareFrom = null;
      return from?.isConnected ? from : null;
    },

    startEdit(id: string) {
      setView({ mode: 'edit', id });
    },

    /** Saves a highlight, drawn at once while it saves; rejects with the API's error. */
    async saveHighlight(draft: Draft, color: Color, audience: Audience = privateAudience): Promise<RenderedAnnotation> {
      if (!viewer) throw new api.ApiError('Sign in to annotate.', 401);
      const id = `${pendingPrefix}${++pendingCount}`;
      const shown: StoredHighlight = {
        id,
        language: draft.language,
        color,
        visibility: audience.visibility,
        mine: true,
        pending: true,
        spans: draft.targets.map(({ segmentId, start, end, language, witness }) => ({
          segmentId,
          start,
          end,
          ...(language && language !== draft.language ? { language } : {}),
          ...(witness && witness !== defaultWitnessId ? { witness } : {}),
        })),
      };
      // Drawn at once; a comparison's waiting words are in it now.
      set((s) => withHighlights(s, new Map([[id, shown]]), s.view, null));
      actions.announce('savingHighlight');
      try {
        const note = await api.createAnnotation(slug, {
          language: draft.language,
          color,
          comment: '',
          tags: [],
          ...audience,
          targets: draft.targets,
        });
        countNew(note.id, () => saved(note, id));
        actions.announce('highlightSaved');
        return note;
      } catch (error) {
        set((s) => withHighlights(s, new Map([[id, null]])));
        actions.announce('highlightNotSaved');
        throw error;
      }
    },

    async saveNew(draft: Draft, values: EditorValues): Promise<RenderedAnnotation> {
      const note = await api.createAnnotation(slug, { language: draft.language, ...values, targets: draft.targets });
      countNew(note.id, () => saved(note, note.id, { mode: 'detail', ids: [note.id], index: 0 }));
      actions.announce('noteSaved');
      return note;
    },

    async saveEdit(id: string, changes: api.AnnotationChanges): Promise<RenderedAnnotation> {
      const note = await api.updateAnnotation(id, changes);
      saved(note, id, { mode: 'detail', ids: [id], index: 0 });
      actions.announce('noteUpdated');
      return note;
    },

    /** Resolves or reopens the thread (its author, or a moderator of its group). */
    async setResolved(id: string, resolved: boolean): Promise<RenderedAnnotation> {
      const note = await api.updateAnnotation(id, { resolved });
      saved(note, id, { mode: 'detail', ids: [id], index: 0 });
      actions.announce(resolved ? 'Thread resolved' : 'Thread reopened');
      return note;
    },

    /** A moderator hides or unhides a group's note (its author and the moderators still see it). */
    async setHidden(id: string, hidden: boolean): Promise<RenderedAnnotation> {
      const note = await api.updateAnnotation(id, { hidden });
      saved(note, id, { mode: 'detail', ids: [id], index: 0 });
      actions.announce(hidden ? 'Note hidden from the group’s members' : 'Note shown to the group again');
      return note;
    },

    /** Confirms the note's uncertain spans where they now are. */
    async confirmAnchor(id: string): Promise<RenderedAnnotation> {
      const note = await api.settleAnchor(id);
      saved(note, id, { mode: 'detail', ids: [id], index: 0 });
      actions.announce('noteConfirmed');
      return note;
    },

    /** The author will select the note's passage again; the selection toolbar offers to place it there. */
    startReselect(id: string, language: string) {
      set((s) => ({ ...s, reselecting: { id, language } }));
      actions.announce('reselect');
    },

    cancelReselect() {
      set((s) => ({ ...s, reselecting: null }));
    },

    async placeOn(id: string, draft: Draft): Promise<RenderedAnnotation> {
      // Each span says its column: a comparison's other languages are kept as they are (lib/db/annotation-anchor.ts).
      const note = await api.settleAnchor(
        id,
        draft.targets.map((t) => ({ ...t, language: t.language ?? draft.language })),
      );
      set((s) => ({ ...s, reselecting: null }));
      saved(note, id, { mode: 'detail', ids: [id], index: 0 });
      actions.announce('notePlaced');
      return note;
    },

    async remove(id: string): Promise<void> {
      const placeholder = await api.deleteAnnotation(id);
      if (placeholder) {
        saved(placeholder);
        actions.announce('noteDeletedRepliesStay');
        return;
      }
      set((s) => {
        const notes = new Map(s.notes);
        const old = notes.get(id);
        notes.delete(id);
        const next = withHighlights(s, new Map([[id, null]]), { mode: 'list' });
        return { ...next, notes, tags: withTagsChanged(s.tags, old?.tags ?? [], []), total: s.total - 1, listVersion: s.listVersion + 1 };
      });
      actions.announce('noteDeleted');
      requestAnimationFrame(() => focusTrigger());
    },
  };

  return actions;
}

export type ReaderActions = ReturnType<typeof createActions>;
