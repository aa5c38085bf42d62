// A thread's replies: posted, edited, deleted, hidden by a moderator (part of createActions). Each
// shows once the API has committed it, and is announced.
import * as api from '@/lib/annotations/client/api';
import type { Store } from '@/lib/annotations/client/external-store';
import { withHighlights, withNotes, type ReaderState } from '@/lib/annotations/client/store';
import type { RenderedReply } from '@/lib/annotations/types';

export function createReplyActions(store: Store<ReaderState>, announce: (text: string) => void) {
  const set = store.set;

  function updateReplies(annotationId: string, change: (replies: RenderedReply[]) => RenderedReply[]) {
    set((s) => {
      const note = s.notes.get(annotationId);
      if (!note) return s;
      return { ...withNotes(s, [{ ...note, replies: change(note.replies) }]), listVersion: s.listVersion + 1 };
    });
  }

  return {
    async addReply(annotationId: string, body: string) {
      const { annotationId: _parent, ...reply } = await api.createReply(annotationId, body);
      updateReplies(annotationId, (replies) => [...replies, reply]);
      announce('replyPosted');
    },

    async editReply(annotationId: string, replyId: string, body: string) {
      const { annotationId: _parent, ...reply } = await api.updateReply(replyId, body);
      updateReplies(annotationId, (replies) => replies.map((r) => (r.id === replyId ? reply : r)));
      announce('replyUpdated');
    },

    /** A moderator hides or unhides a reply in a group's thread. */
    async setReplyHidden(annotationId: string, replyId: string, hidden: boolean) {
      const { annotationId: _parent, ...reply } = await api.hideReply(replyId, hidden);
      updateReplies(annotationId, (replies) => replies.map((r) => (r.id === replyId ? reply : r)));
      announce(hidden ? 'Reply hidden from the group’s members' : 'Reply shown to the group again');
    },

    async removeReply(annotationId: string, replyId: string) {
      await api.deleteReply(replyId);
      const parent = store.get().notes.get(annotationId);
      const rest = parent?.replies.filter((r) => r.id !== replyId) ?? [];
      // The last reply under a deleted note takes its placeholder with it (as the API does).
      if (parent?.deleted && rest.length === 0) {
        set((s) => {
          const notes = new Map(s.notes);
          notes.delete(annotationId);
          return { ...withHighlights(s, new Map([[annotationId, null]]), { mode: 'list' }), notes, total: s.total - 1, listVersion: s.listVersion + 1 };
        });
      } else {
        updateReplies(annotationId, () => rest);
      }
      announce('replyDeleted');
    },
  };
}
