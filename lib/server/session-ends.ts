// When the app runs as several processes of one server (scripts/serve.mjs, node:cluster), each keeps
// its own short cache of session versions (lib/db/sessions.ts). A sign-out handled by one worker
// must reach the others before its answer goes out, or the same browser's next request, served by
// another worker, could still pass for up to the cache's life. The worker tells the primary, the
// primary tells every other worker and answers once each has forgotten the user (or has gone, or
// the cache's own life has passed). Outside a cluster there is no one to tell.
import cluster, { type Worker } from 'node:cluster';

/**
 * How long a process may keep a user's session version (lib/db/sessions.ts): the longest a sign-out
 * waits for the other workers here, after which none of them holds the old version anyway.
 */
export const sessionCacheMs = 2_000;

type Ended = { accord: 'sessions-ended'; userId: string; ticket: number };
type Forget = { accord: 'forget-sessions'; userId: string; ticket: number };
type Done = { accord: 'sessions-forgotten'; ticket: number };
type Message = Ended | Forget | Done;

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { accord?: unknown }).accord === 'string';

// Per process, on globalThis: Next.js bundles route handlers apart, each with its own copy of a
// module, and one listener must answer for all of them.
type WorkerState = { next: number; waiting: Map<number, () => void>; forget?: (userId: string) => void };
const shared = globalThis as unknown as { accordSessionEnds?: WorkerState };

function workerState(): WorkerState {
  if (!shared.accordSessionEnds) {
    const state: WorkerState = { next: 0, waiting: new Map() };
    shared.accordSessionEnds = state;
    process.on('message', (message: unknown) => {
      if (!isMessage(message)) return;
      if (message.accord === 'forget-sessions') {
        state.forget?.(message.userId);
        process.send?.({ accord: 'sessions-forgotten', ticket: message.ticket } satisfies Done);
      } else if (message.accord === 'sessions-forgotten') {
        state.waiting.get(message.ticket)?.();
        state.waiting.delete(message.ticket);
      }
    });
  }
  return shared.accordSessionEnds;
}

/** In a worker: what to do when another worker has ended a user's sessions. */
export function onSessionsEndedElsewhere(forget: (userId: string) => void): void {
  if (cluster.isWorker) workerState().forget = forget;
}

/** In a worker: tells the other workers, resolving once they have all forgotten the user. */
export function announceSessionsEnded(userId: string, timeoutMs: number): Promise<void> {
  if (!cluster.isWorker || !process.send) return Promise.resolve();
  const state = workerState();
  const ticket = state.next++;
  return new Promise((resolve) => {
    // The primary answers within timeoutMs itself; this only guards against a primary gone.
    const timer = setTimeout(() => {
      state.waiting.delete(ticket);
      resolve();
    }, timeoutMs + 1_000);
    state.waiting.set(ticket, () => {
      clearTimeout(timer);
      resolve();
    });
    process.send!({ accord: 'sessions-ended', userId, ticket } satisfies Ended);
  });
}

/** Tells `worker` to forget `userId`; resolves when it has, when it exits, or after `timeoutMs`. */
function forgetIn(worker: Worker, userId: string, ticket: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (isMessage(message) && message.accord === 'sessions-forgotten' && message.ticket === ticket) done();
    };
    // By then the worker's cached version has expired anyway.
    const timer = setTimeout(done, timeoutMs);
    worker.on('message', onMessage);
    worker.once('exit', done);
    worker.send({ accord: 'forget-sessions', userId, ticket } satisfies Forget);
  });
}

/** In the primary: relays every worker's announcement to the others and answers it. */
export function relaySessionEnds(timeoutMs: number): void {
  let next = 0;
  cluster.on('message', (from, message: unknown) => {
    if (!isMessage(message) || message.accord !== 'sessions-ended') return;
    const others = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w !== from && w.isConnected());
    void Promise.all(others.map((w) => forgetIn(w, message.userId, next++, timeoutMs))).then(() => {
      if (from.isConnected()) from.send({ accord: 'sessions-forgotten', ticket: message.ticket } satisfies Done);
    });
  });
}
