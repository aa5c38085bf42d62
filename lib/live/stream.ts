import 'server-only';
// One listener's Server-Sent Events stream: what the log holds after Last-Event-ID first, then
// what the hub hears, each event once, in the order heard; a comment every 15 s keeps proxies from
// closing a quiet connection. Events heard while the log is being replayed wait, so that none is
// lost between the two and none is sent twice.
import type { Viewer } from '@/lib/annotations/access';
import { latestEventId, prunedSince, replayPage } from '@/lib/db/live-events';
import type { LiveHub } from '@/lib/live/hub';
import type { LiveEvent, LiveEventData } from '@/lib/live/events';

export const heartbeatMs = 15_000;
const page = 500;
const remembered = 1_000;

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
      const send = (events: LiveEvent[]) => {
        for (const event of events) {
          if (sent.has(event.id)) continue;
          sent.add(event.id);
          // The hub may still hand over an event the replay sent; the last few hundred are enough to tell.
          if (sent.size > remembered) sent.delete(sent.values().next().value!);
          write(formatEvent(event));
        }
      };
      let waiting: LiveEvent[] | null = [];
      const unsubscribe = hub.subscribe({ documentId, viewer, deliver: (events) => (waiting ? waiting.push(...events) : send(events)) });
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
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
          write(`id: ${await latestEventId()}\nevent: ready\ndata: {}\n\n`);
        } else if (await prunedSince(after)) {
          // Too long away to resume: the reader reloads the notes instead.
          write(`id: ${await latestEventId()}\nevent: reset\ndata: {}\n\n`);
        } else {
          for (let from: bigint | null = after; from !== null;) {
            const { events, next } = await replayPage(viewer, documentId, from, page);
            send(events);
            from = next;
          }
        }
        const heard = waiting;
        waiting = null;
        send(heard);
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
