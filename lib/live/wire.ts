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

/** An event with its id in the log (the SSE `id:`, what Last-Event-ID resumes after). */
export type LiveEvent = LiveEventData & { id: string };

/** Last-Event-ID (header, or `?lastEventId=` for clients that cannot set headers): an event id. */
export const lastEventIdSchema = z
  .string()
  .regex(/^\d{1,18}$/, 'must be an event id (digits)')
  .transform((value) => BigInt(value));
