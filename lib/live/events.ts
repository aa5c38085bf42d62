// What the live stream sends (GET /api/documents/<slug>/events, docs/api.md), shared by the server
// that writes it and the browser that reads it. No zod here: creating a zod object schema probes
// `new Function`, which the pages' Content-Security-Policy refuses (and reports); the server's
// schemas are in lib/live/wire.ts.

export const liveKinds = ['created', 'changed', 'deleted'] as const;

/** One event's `data:`. A reply's event names its note too: the note is what a reader shows. */
export type LiveEventData = {
  type: 'annotation' | 'reply';
  kind: (typeof liveKinds)[number];
  annotationId: string;
  replyId?: string;
};

/** A note's event with its id in the log (the SSE `id:`, what Last-Event-ID resumes after). */
export type NoteEvent = LiveEventData & { id: string };

/**
 * Events about the listener rather than a note, sent as named SSE events (`event: membership`,
 * `event: inbox`) so that a client that knows only notes' events ignores them: the listener is
 * out of a group (its notes go; its choice goes from the page), or their inbox changed.
 */
export type MembershipEvent = { id: string; type: 'membership'; kind: 'deleted'; groupId: string };
export type InboxEvent = { id: string; type: 'inbox'; kind: 'changed' };

export type LiveEvent = NoteEvent | MembershipEvent | InboxEvent;

/** A `membership` event's `data:` as the browser reads it: the group's id, or null. */
export function readMembershipEvent(data: unknown): { groupId: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { groupId } = data as Record<string, unknown>;
  return typeof groupId === 'string' && uuid.test(groupId) ? { groupId } : null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event's `data:` as the browser reads it, or null for anything else (as liveEventSchema would). */
export function readLiveEvent(data: unknown): LiveEventData | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, kind, annotationId, replyId } = data as Record<string, unknown>;
  if (type !== 'annotation' && type !== 'reply') return null;
  if (typeof kind !== 'string' || !(liveKinds as readonly string[]).includes(kind)) return null;
  if (typeof annotationId !== 'string' || !uuid.test(annotationId)) return null;
  if (replyId !== undefined && (typeof replyId !== 'string' || !uuid.test(replyId))) return null;
  return { type, kind: kind as LiveEventData['kind'], annotationId, ...(replyId ? { replyId } : {}) };
}
