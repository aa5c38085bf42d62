// Who may do what with an annotation (the model Hypothesis users know, with its groups):
// - read: a shared annotation, everyone, signed in or not; a private one, its author only; one
//   shared with a group, its author and the group's current members, except that a note a
//   moderator hid is read only by its author and the group's moderators and owner;
// - change or delete: its author only;
// - reply: anyone signed in who may read it, and, for a group's note, is in the group now;
// - resolve or reopen a thread: its author, or a moderator or the owner of its group;
// - hide or unhide a group's note or reply: a moderator or the owner of its group.
// An annotation one may not read is answered "not found", so that its id leaks nothing; only one
// that is readable but not yours is answered "forbidden" for a change.
// The SQL twin of canRead is readableBy in lib/db/annotation-filters.ts: change both together.
import { AnnotationError, notFound } from '@/lib/annotations/errors';

export type Viewer = { id: string } | null;

export type GroupRole = 'OWNER' | 'MODERATOR' | 'MEMBER';

/**
 * The columns these rules look at (visibility as stored), and the viewer's role in the note's
 * group, read with the note (null when the viewer is not a member, or the note is in no group).
 */
export type AccessFields = {
  authorId: string;
  visibility: 'PRIVATE' | 'SHARED' | 'GROUP';
  hidden: boolean;
  viewerRole: GroupRole | null;
};

export const moderates = (role: GroupRole | null) => role === 'OWNER' || role === 'MODERATOR';

export function canRead(annotation: AccessFields, viewer: Viewer): boolean {
  if (viewer !== null && viewer.id === annotation.authorId) return true;
  if (annotation.visibility === 'SHARED') return true;
  if (annotation.visibility !== 'GROUP' || viewer === null || annotation.viewerRole === null) return false;
  return !annotation.hidden || moderates(annotation.viewerRole);
}

export function assertCanRead(annotation: AccessFields | null, viewer: Viewer): asserts annotation is AccessFields {
  if (!annotation || !canRead(annotation, viewer)) throw notFound('Annotation');
}

export function assertCanEdit(annotation: AccessFields | null, user: { id: string }): asserts annotation is AccessFields {
  assertCanRead(annotation, user);
  if (annotation.authorId !== user.id) throw new AnnotationError('forbidden', 'Only its author may change or delete this annotation.');
}

export function assertCanResolve(annotation: AccessFields | null, user: { id: string }): asserts annotation is AccessFields {
  assertCanRead(annotation, user);
  if (annotation.authorId !== user.id && !(annotation.visibility === 'GROUP' && moderates(annotation.viewerRole))) {
    throw new AnnotationError('forbidden', 'Only its author or a moderator of its group may resolve or reopen this thread.');
  }
}

/** Hiding is moderation inside a group: private and public notes have no moderators. */
export function assertCanModerate(annotation: AccessFields | null, user: { id: string }): asserts annotation is AccessFields {
  assertCanRead(annotation, user);
  if (annotation.visibility !== 'GROUP' || !moderates(annotation.viewerRole)) {
    throw new AnnotationError('forbidden', 'Only a moderator or the owner of its group may hide or unhide this.');
  }
}

/**
 * Whether `viewer` takes part in an annotation's thread (reads others' replies, replies, is told of
 * them): whoever reads it, except that a group's talk is for its current members: an author who
 * left the group, or was removed, keeps their note but not the thread. The SQL twin is inThreadOf.
 */
export function inThread(annotation: AccessFields, viewer: Viewer): boolean {
  return canRead(annotation, viewer) && (annotation.visibility !== 'GROUP' || annotation.viewerRole !== null);
}

export function assertCanReply(annotation: AccessFields | null, user: { id: string }): asserts annotation is AccessFields {
  assertCanRead(annotation, user);
  if (!inThread(annotation, user)) {
    throw new AnnotationError('forbidden', 'This thread is for the members of the note’s group, and you are no longer one of them.');
  }
}

/**
 * A reply may be read by whoever takes part in its thread (and by its own author), unless a
 * moderator hid it: then by its own author and the group's moderators only.
 */
export function canReadReply(reply: { authorId: string; hidden: boolean; annotation: AccessFields }, viewer: Viewer): boolean {
  if (!canRead(reply.annotation, viewer)) return false;
  if (!inThread(reply.annotation, viewer) && viewer?.id !== reply.authorId) return false;
  return !reply.hidden || viewer?.id === reply.authorId || moderates(reply.annotation.viewerRole);
}

/** Replies: the reply must be readable; it is changed by its own author only. */
export function assertCanEditReply(reply: { authorId: string; hidden: boolean; annotation: AccessFields } | null, user: { id: string }) {
  if (!reply || !canReadReply(reply, user)) throw notFound('Reply');
  if (reply.authorId !== user.id) throw new AnnotationError('forbidden', 'Only its author may change or delete this reply.');
}
