// Who may do what with an annotation (the model Hypothesis users know):
// - read: a shared annotation, everyone, signed in or not; a private one, its author only;
// - change or delete: its author only;
// - reply: anyone signed in who may read it.
// A private annotation is answered "not found" to everyone else, so that its id leaks nothing;
// only a shared one that is not yours is answered "forbidden" for a change.
import { AnnotationError, notFound } from '@/lib/annotations/errors';

export type Viewer = { id: string } | null;

/** The columns these rules look at (visibility as stored: PRIVATE or SHARED). */
export type AccessFields = { authorId: string; visibility: 'PRIVATE' | 'SHARED' };

export function canRead(annotation: AccessFields, viewer: Viewer): boolean {
  return annotation.visibility === 'SHARED' || (viewer !== null && viewer.id === annotation.authorId);
}

export function assertCanRead(annotation: AccessFields | null, viewer: Viewer): asserts annotation is AccessFields {
  if (!annotation || !canRead(annotation, viewer)) throw notFound('Annotation');
}

export function assertCanEdit(annotation: AccessFields | null, user: { id: string }): asserts annotation is AccessFields {
  assertCanRead(annotation, user);
  if (annotation.authorId !== user.id) throw new AnnotationError('forbidden', 'Only its author may change or delete this annotation.');
}

/** Replies: the parent must be readable; the reply itself is changed by its own author only. */
export function assertCanEditReply(reply: { authorId: string; annotation: AccessFields } | null, user: { id: string }) {
  if (!reply || !canRead(reply.annotation, user)) throw notFound('Reply');
  if (reply.authorId !== user.id) throw new AnnotationError('forbidden', 'Only its author may change or delete this reply.');
}
