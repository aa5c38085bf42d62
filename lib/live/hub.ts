import 'server-only';
// One per process: the live events of every document, fanned out to this process's listeners (the
// SSE streams). On PostgreSQL it holds ONE connection that LISTENs on 'accord_live', so that a
// write through any instance on the database reaches every instance's listeners at its commit; the
// notification carries only the event's id, and each listener's events are read from the log
// through the visibility predicate (lib/db/live-events.ts), once per document and reader however
// many tabs they have open.
//
// Embedded PGlite is served over a socket that does not pass notifications to an idle client, so
// there (one app process, ACCORD_EMBEDDED=1) the log is polled twice a second while anyone listens.
// PGlite runs one transaction at a time, so event ids commit in order and a poll misses none.
import pg from 'pg';
import type { Viewer } from '@/lib/annotations/access';
import { eventDocuments, eventsAfter, latestEventId, pruneEvents, readableEvents, type EventPlace } from '@/lib/db/live-events';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { LiveEvent } from '@/lib/live/events';

export const channel = 'accord_live';
const pollMs = 500;
/** Waits before listening again: a second, doubling while the database stays away, up to half a minute. */
const reconnectMs = (failures: number) => Math.min(1_000 * 2 ** failures, 30_000);
const pruneEveryMs = 60 * 60 * 1000;
/**
 * More events than this for one listener at once (an import, `npm run seed`, a content sync that
 * moves many notes) and the listener is told to read the notes again instead: one reload of the
 * page's notes rather than a stream of hundreds of events, each read here and fetched there.
 */
export const bulkEvents = 200;
/** Ids read per query of the log: a bulk write's hundred thousand are read in steps, not at once. */
const readStep = 5_000;

export type Listener = {
  documentId: number;
  viewer: Viewer;
  deliver: (events: LiveEvent[]) => void;
  /** Too many events at once: read the notes again (the stream's `reset` event). `upTo` is the newest event's id. */
  reset: (upTo: bigint) => void;
};

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

type Options = {
  prisma: PrismaClient;
  /** The database to LISTEN on; null to poll the log instead (embedded mode). */
  listenUrl: string | null;
  log?: (message: string) => void;
};

export type LiveHub = {
  subscribe(listener: Listener): () => void;
  /** Resolves once this hub hears the database (LISTEN issued, or the first poll's start found). */
  ready(): Promise<void>;
  close(): Promise<void>;
};

// Each event is stamped with when this hub heard it (a count), each listener with when it came: a
// listener is handed only what was heard after it came (what came before is the log's to replay).
type Heard = EventPlace & { tick: number };

export function createLiveHub({ prisma, listenUrl, log = (message) => console.warn(`live: ${message}`) }: Options): LiveHub {
  const listeners = new Map<Listener, number>();
  let ticks = 0;
  let lastSeen: bigint | null = null;
  let started: Promise<void> | null = null;
  let closed = false;
  let client: pg.Client | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pruneTimer: ReturnType<typeof setInterval> | undefined;
  // Ids heard but not yet delivered, handled one batch at a time and in order.
  let queued: { id: bigint; tick: number }[] = [];
  let working: Promise<void> = Promise.resolve();

  /** The log stands at least at `id` for this hub: catching up starts after it. */
  function seen(id: bigint) {
    if (lastSeen === null || id > lastSeen) lastSeen = id;
  }

  async function deliver(events: Heard[]) {
    if (!events.length) return;
    for (const event of events) seen(event.id);
    if (!listeners.size) return;
    const byDocument = new Map<number, bigint[]>();
    // Events on no document are one reader's own (a membership, the inbox): every stream of theirs hears them.
    const byReader = new Map<string, bigint[]>();
    for (const event of events) {
      if (event.documentId !== null) append(byDocument, event.documentId, event.id);
      else if (event.userId !== null) append(byReader, event.userId, event.id);
    }
    const idsFor = (listener: Listener) => [...(byDocument.get(listener.documentId) ?? []), ...((listener.viewer && byReader.get(listener.viewer.id)) || [])];
    // One read per document and reader: listeners of the same reader hear the same events.
    const groups = new Map<string, Listener[]>();
    for (const listener of listeners.keys()) append(groups, `${listener.documentId} ${listener.viewer?.id ?? ''}`, listener);
    const tickOf = new Map(events.map((event) => [event.id, event.tick]));
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { documentId, viewer } = group[0]!;
        const ids = idsFor(group[0]!);
        if (!ids.length) return;
        const readable = await readableEvents(viewer, documentId, ids, prisma);
        // Past the newest of them all, readable or not, so that a reconnect after a reset resumes after the bulk write.
        const upTo = ids.reduce((a, b) => (a > b ? a : b));
        for (const listener of group) {
          const since = listeners.get(listener);
          if (since === undefined) continue;
          const fresh = readable.filter((event) => tickOf.get(BigInt(event.id))! > since);
          if (fresh.length > bulkEvents) listener.reset(upTo);
          else if (fresh.length) listener.deliver(fresh);
        }
      }),
    );
  }

  function enqueue(work: () => Promise<void>) {
    working = working.then(work).catch((error: unknown) => log(`could not deliver events: ${(error as Error).message}`));
    return working;
  }

  function heard(id: bigint) {
    queued.push({ id, tick: ++ticks });
    if (queued.length > 1) return;
    // Ids that arrive together (one transaction's, or a burst) are read together.
    setTimeout(() => {
      const batch = queued;
      queued = [];
      void enqueue(async () => {
        // No one listening: nothing to read, only where the log stands.
        if (!listeners.size) {
          for (const { id } of batch) seen(id);
          return;
        }
        const tickOf = new Map(batch.map(({ id, tick }) => [id, tick]));
        const ids = [...tickOf.keys()];
        for (let from = 0; from < ids.length; from += readStep) {
          const places = await eventDocuments(ids.slice(from, from + readStep), prisma);
          await deliver(places.map((e) => ({ ...e, tick: tickOf.get(e.id)! })));
        }
      });
    }, 10);
  }

  /** Everything logged since the last event seen: after a lost connection, and each poll. */
  const catchUp = () =>
    enqueue(async () => {
      // First, or no one to tell: only where the log stands (a listener that comes replays from its own place).
      if (lastSeen === null || !listeners.size) {
        lastSeen = await latestEventId(prisma);
        return;
      }
      for (let batch = await eventsAfter(lastSeen, prisma); batch.length; batch = await eventsAfter(lastSeen, prisma)) {
        const tick = ++ticks;
        await deliver(batch.map((event) => ({ ...event, tick })));
      }
    });

  async function listen(): Promise<void> {
    const connection = new pg.Client({ connectionString: listenUrl! });
    connection.on('notification', (message) => {
      if (message.channel === channel && message.payload && /^\d+$/.test(message.payload)) heard(BigInt(message.payload));
    });
    // A server restart ends the connection: listen again, and deliver what was logged meanwhile.
    const again = (error?: Error) => {
      if (client !== connection) return;
      client = null;
      const wait = reconnectMs(failures++);
      if (error) log(`listening connection lost (${error.message}); listening again in ${wait / 1000} s`);
      connection.end().catch(() => {});
      if (!closed) timer = setTimeout(() => void listen().then(catchUp), wait);
    };
    connection.on('error', again);
    connection.on('end', () => again());
    client = connection;
    // A database away at first is retried like a lost connection; the stream itself still opens.
    try {
      await connection.connect();
      await connection.query(`LISTEN ${channel}`);
      failures = 0;
    } catch (error) {
      again(error as Error);
    }
  }

  function poll() {
    if (closed) return;
    timer = setTimeout(() => {
      if (listeners.size) void catchUp().finally(poll);
      else poll();
    }, pollMs);
  }

  function start(): Promise<void> {
    started ??= (async () => {
      if (listenUrl) await listen();
      else poll();
      await catchUp();
      if (lastSeen === null) throw new Error('the event log could not be read');
      pruneTimer = setInterval(() => void pruneEvents(prisma).catch((error: Error) => log(`could not prune events: ${error.message}`)), pruneEveryMs);
      pruneTimer.unref?.();
    })().catch((error: unknown) => {
      started = null;
      throw error;
    });
    return started;
  }

  return {
    subscribe(listener) {
      listeners.set(listener, ticks);
      void start().catch((error: Error) => log(`could not start listening: ${error.message}`));
      return () => listeners.delete(listener);
    },
    ready: start,
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(pruneTimer);
      listeners.clear();
      const connection = client;
      client = null;
      await connection?.end().catch(() => {});
      await working;
    },
  };
}
