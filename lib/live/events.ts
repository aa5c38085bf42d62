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

/** An event with its id in the log (the SSE `id:`, what Last-Event-ID resumes after). */
export type LiveEvent = LiveEventData & { id: string };

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
