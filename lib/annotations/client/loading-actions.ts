// The reader's notes brought in from the API as the page needs them: a note's body when it is
// opened or listed, and the highlights past the first page, in text order (part of createActions).
import * as api from '@/lib/annotations/client/api';
import { afterPage, nextPage } from '@/lib/annotations/client/more-notes';
import type { Store } from '@/lib/annotations/client/external-store';
import { highlightOf, withHighlights, withNotes, withTagsChanged, type ReaderState, type StoredHighlight } from '@/lib/annotations/client/store';
import type { RenderedAnnotation } from '@/lib/annotations/types';

const fetchesAtOnce = 6;

export function createLoadingActions(store: Store<ReaderState>, { slug, viewerId }: { slug: string; viewerId: string | null }) {
  const set = store.set;
  const loading = new Map<string, Promise<RenderedAnnotation | null>>();

  return {
    /** The notes by id, from those loaded or else from the API (null for one that is gone or not readable). */
    async ensureNotes(ids: readonly string[]): Promise<(RenderedAnnotation | null)[]> {
      const queue = ids.filter((id) => !store.get().notes.has(id) && !loading.has(id));
      const worker = async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          const request = api.getAnnotation(id).then(
            (note) => {
              set((s) => withNotes(s, [note]));
              return note;
            },
            () => null,
          );
          loading.set(id, request);
          await request.finally(() => loading.delete(id));
        }
      };
      await Promise.all(Array.from({ length: Math.min(fetchesAtOnce, queue.length) }, worker));
      return Promise.all(ids.map(async (id) => store.get().notes.get(id) ?? (await loading.get(id)) ?? null));
    },

    remember(notes: readonly RenderedAnnotation[]) {
      set((s) => withNotes(s, notes));
    },

    /** Draws the highlights of the next page of notes in text order; resolves with how many were added. */
    async loadMoreHighlights(): Promise<number> {
      const { covered, total } = store.get();
      const next = nextPage({ loaded: covered, total });
      if (!next) return 0;
      const page = await api.listAnnotations(slug, { scope: 'visible' }, next);
      let added = 0;
      set((s) => {
        const changes = new Map<string, StoredHighlight | null>();
        let tags = s.tags;
        for (const note of page.items) {
          if (s.highlights.has(note.id) || note.deleted) continue;
          changes.set(note.id, highlightOf(note, viewerId));
          tags = withTagsChanged(tags, [], note.tags);
          added++;
        }
        const progress = afterPage(page);
        return { ...withNotes(withHighlights(s, changes), page.items), tags, covered: progress.loaded, total: progress.total };
      });
      return added;
    },
  };
}
