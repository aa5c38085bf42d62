import 'server-only';
// One listener's Server-Sent Events stream: what the log holds after Last-Event-ID first, then
// what the hub hears, each event once, in the order heard; a comment every 15 s keeps proxies from
// closing a quiet connection. Events heard while the log is being replayed wait, so that none is
// lost between the two and none is sent twice.
import type { Viewer } from '@/lib/annotations/access';
import { latestEventId, prunedSince, replayPage } from '@/lib/db/live-events';
import { bulkEvents, type LiveHub } from '@/lib/live/hub';
import type { LiveEvent, LiveEventData } from '@/lib/live/events';

export const heartbeatMs = 15_000;
const page = 500;
const remembered = 1_000;
/** Resets asked for within this long are sent as one, after the writes that asked: one reload for a bulk write heard in steps. */
export const resetAfterMs = 500;

export function formatEvent(event: LiveEvent): string {
  if (event.type === 'membership') return `id: ${event.id}\nevent: membership\ndata: ${JSON.stringify({ groupId: event.groupId })}\n\n`;
  if (event.type === 'inbox') return `id: ${event.id}\nevent: inbox\ndata: {}\n\n`;
  const { id, ...data } = event;
  const wire: LiveEventData = data;
  return `id: ${id}\ndata: ${JSON.stringify(wire)}\n\n`;
}

type Options = { hub: LiveHub; documentId: number; viewer: Viewer; after: bigint | null; signal: AbortSignal };

export function liveStream({ hub, documentId, viewer, after, signal }: Options): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const sent = new Set<string>();
      // The SSE id last written, so that a reset never moves Last-Event-ID back.
      let lastId = after ?? 0n;
      const send = (events: LiveEvent[]) => {
        // A reset still waiting goes first: an event's id after it would take a reconnect past the bulk write unannounced.
        if (events.length && resetUpTo !== null) {
          clearTimeout(resetTimer);
          sendReset();
        }
        for (const event of events) {
          if (sent.has(event.id)) continue;
          sent.add(event.id);
          // The hub may still hand over an event the replay sent; the last few hundred are enough to tell.
          if (sent.size > remembered) sent.delete(sent.values().next().value!);
          if (BigInt(event.id) > lastId) lastId = BigInt(event.id);
          write(formatEvent(event));
        }
      };
      let resetUpTo: bigint | null = null;
      let resetTimer: ReturnType<typeof setTimeout> | undefined;
      const sendReset = () => {
        resetTimer = undefined;
        if (resetUpTo === null) return;
        if (resetUpTo > lastId) lastId = resetUpTo;
        resetUpTo = null;
        write(`id: ${lastId}\nevent: reset\ndata: {}\n\n`);
      };
      const reset = (upTo: bigint) => {
        if (resetUpTo === null || upTo > resetUpTo) resetUpTo = upTo;
        if (!waiting && !resetTimer) resetTimer = setTimeout(sendReset, resetAfterMs);
      };
      let waiting: LiveEvent[] | null = [];
      const unsubscribe = hub.subscribe({ documentId, viewer, deliver: (events) => (waiting ? waiting.push(...events) : send(events)), reset });
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(resetTimer);
        unsubscribe();
        signal.removeEventListener('abort', close);
      };
      const close = () => {
        const wasOpen = open;
        stop();
        if (wasOpen) controller.close();
      };
      signal.addEventListener('abort', close);
      try {
        write('retry: 2000\n\n');
        await hub.ready();
        if (after === null) {
          lastId = await latestEventId();
          write(`id: ${lastId}\nevent: ready\ndata: {}\n\n`);
        } else if (await prunedSince(after)) {
          // Too long away to resume: the reader reloads the notes instead.
          reset(await latestEventId());
        } else {
          // Too much missed to send one by one: the reader reloads the notes instead.
          const missed: LiveEvent[] = [];
          for (let from: bigint | null = after; from !== null && missed.length <= bulkEvents;) {
            const { events, next } = await replayPage(viewer, documentId, from, page);
            missed.push(...events);
            from = next;
          }
          if (missed.length > bulkEvents) reset(await latestEventId());
          else send(missed);
        }
        const heard = waiting;
        waiting = null;
        send(heard);
        if (resetUpTo !== null) sendReset();
      } catch (error) {
        stop();
        if (!signal.aborted) controller.error(error);
      }
    },
    cancel() {
      stop();
    },
  });
}
