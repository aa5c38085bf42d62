// A create that may be sent twice (a timeout, a 503, a lost answer) writes once: the client picks
// the new row's id, and a repeat of the same create finds its row there. A client that cannot
// pick ids may send an `Idempotency-Key` header instead: the id is derived from the key and the
// signed-in account, so one reader's key never collides with another's.
import { createHash } from 'node:crypto';
import { AnnotationError, invalid } from '@/lib/annotations/errors';
import type { Annotation, Reply } from '@/lib/annotations/types';

export const idempotencyHeader = 'idempotency-key';
/** Sent with the answer to a repeat, as Stripe's API does: the write happened once, earlier. */
export const replayedHeader = { 'idempotent-replayed': 'true' } as const;
/** Keys are opaque to us; printable ASCII, as the IETF draft and Stripe's API allow. */
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** A UUID (version 8, "custom") named by the account and the key: the same pair, the same id. */
export function idFromKey(userId: string, key: string): string {
  const bytes = createHash('sha256').update(`accord-idempotency\n${userId}\n${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id a create asks for: the body's `id`, or the one its Idempotency-Key names, or none. */
export function requestedId(request: Request, userId: string, bodyId: string | undefined): string | undefined {
  const key = request.headers.get(idempotencyHeader);
  if (key === null) return bodyId;
  if (!keyPattern.test(key)) {
    throw invalid([{ path: 'Idempotency-Key', message: 'the Idempotency-Key header must be 1 to 255 printable ASCII characters' }]);
  }
  const fromKey = idFromKey(userId, key);
  if (bodyId !== undefined && bodyId !== fromKey) {
    throw invalid([{ path: 'id', message: 'give either an id or an Idempotency-Key header, not both' }]);
  }
  return fromKey;
}

export const idTaken = () =>
  new AnnotationError('conflict', 'This id is already used by another create: choose a new id (or Idempotency-Key) for a different one.');

type Create = {
  language: string;
  color: string;
  comment: string;
  tags: readonly string[];
  visibility: string;
  targets: readonly { segmentId: string; language: string; witness: string; start: number; end: number; exact: string }[];
};

/** Whether `stored` is what this author's create of `input` wrote (a repeat, not a reuse of the id). */
export function isSameCreate(stored: Annotation, authorId: string, input: Create): boolean {
  // A span is the same when it is in the same text (its own language and witness) at the same place.
  const span = (t: Create['targets'][number]) => [t.segmentId, t.language, t.witness, t.start, t.end, t.exact].join('\u0000');
  return (
    !stored.deleted &&
    stored.author.id === authorId &&
    stored.language === input.language &&
    stored.color === input.color &&
    stored.comment === input.comment &&
    stored.visibility === input.visibility &&
    stored.tags.join('\u0000') === input.tags.join('\u0000') &&
    stored.targets.map(span).join('\u0001') === input.targets.map(span).join('\u0001')
  );
}

/** The same for a reply. */
export const isSameReply = (stored: Reply & { annotationId: string }, authorId: string, annotationId: string, body: string) =>
  stored.author.id === authorId && stored.annotationId === annotationId && stored.body === body;
