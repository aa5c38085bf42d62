// What the live stream sends (GET /api/documents/<slug>/events, docs/api.md), shared by the server
// that writes it and the browser that reads it.
import { z } from 'zod';

export const liveKinds = ['created', 'changed', 'deleted'] as const;

/** One event's `data:`. A reply's event names its note too: the note is what a reader shows. */
export const liveEventSchema = z.object({
  type: z.enum(['annotation', 'reply']),
  kind: z.enum(liveKinds),
  annotationId: z.uuid(),
  replyId: z.uuid().optional(),
});
export type LiveEventData = z.infer<typeof liveEventSchema>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An event's `data:` as the browser reads it, or null for anything else. By hand rather than with
 * the schema: zod's object parser first tries `new Function` to compile itself, which the pages'
 * Content-Security-Policy refuses (and reports).
 */
export function readLiveEvent(data: unknown): LiveEventData | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, kind, annotationId, replyId } = data as Record<string, unknown>;
  if (type !== 'annotation' && type !== 'reply') return null;
  if (typeof kind !== 'string' || !(liveKinds as readonly string[]).includes(kind)) return null;
  if (typeof annotationId !== 'string' || !uuid.test(annotationId)) return null;
  if (replyId !== undefined && (typeof replyId !== 'string' || !uuid.test(replyId))) return null;
  return { type, kind: kind as LiveEventData['kind'], annotationId, ...(replyId ? { replyId } : {}) };
}

/** An event with its id in the log (the SSE `id:`, what Last-Event-ID resumes after). */
export type LiveEvent = LiveEventData & { id: string };

/** Last-Event-ID (header, or `?lastEventId=` for clients that cannot set headers): an event id. */
export const lastEventIdSchema = z
  .string()
  .regex(/^\d{1,18}$/, 'must be an event id (digits)')
  .transform((value) => BigInt(value));
