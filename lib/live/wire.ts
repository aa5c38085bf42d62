// The live stream's input and output as schemas, for the server and tests (the browser reads events
// with readLiveEvent in lib/live/events.ts).
import { z } from 'zod';
import { liveKinds, type LiveEventData } from '@/lib/live/events';

export const liveEventSchema: z.ZodType<LiveEventData> = z.object({
  type: z.enum(['annotation', 'reply']),
  kind: z.enum(liveKinds),
  annotationId: z.uuid(),
  replyId: z.uuid().optional(),
});

/** Last-Event-ID (header, or `?lastEventId=` for clients that cannot set headers): an event id. */
export const lastEventIdSchema = z
  .string()
  .regex(/^\d{1,18}$/, 'must be an event id (digits)')
  .transform((value) => BigInt(value));
