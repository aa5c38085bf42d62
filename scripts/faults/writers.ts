// Signed-in readers creating annotations over HTTP, as the reader's pages do: each create carries
// an id chosen before its first attempt and is sent again with that id after a 503, a timeout or
// a lost connection, until it is acknowledged (201). Every answer is counted by status, and every
// so often a writer asks next-auth for its session, to catch a cookie being cleared.

export type Tally = {
  statuses: Map<string, number>;
  /** Creates answered 201: their ids and comments. */
  acknowledged: Map<string, string>;
  /** Creates never acknowledged (given up at the end): may or may not have been written. */
  unacknowledged: number;
  /** Session checks made (GET /api/auth/session), and those that cleared the cookie or showed no user. */
  sessionChecks: number;
  sessionsLost: number;
  /** What the first lost ones answered. */
  lostSessions: string[];
  /** performance.now() of each 201. */
  createdAt: number[];
  /** performance.now() at which each attempt answered 503 (or not at all) was sent. */
  failedSentAt: number[];
};

export const newTally = (): Tally => ({
  statuses: new Map(),
  acknowledged: new Map(),
  unacknowledged: 0,
  sessionChecks: 0,
  sessionsLost: 0,
  lostSessions: [],
  createdAt: [],
  failedSentAt: [],
});
const count = (tally: Tally, key: string) => tally.statuses.set(key, (tally.statuses.get(key) ?? 0) + 1);

export type Target = { segmentId: string; start: number; end: number; exact: string };
export type Writer = { cookie: string; label: string };
type Load = { origin: string; slug: string; language: string; targets: Target[]; writers: Writer[]; tally: Tally };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the writers until `stop()`; the promise it returns settles once every pending create is settled. */
export function startWriters({ origin, slug, language, targets, writers, tally }: Load) {
  let stopping = false;
  let stoppedAt = 0;
  const headers = (cookie: string) => ({ cookie, origin, 'content-type': 'application/json' });

  async function checkSession(cookie: string) {
    const response = await fetch(`${origin}/api/auth/session`, { headers: { cookie }, signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (!response) return;
    const cleared = response.headers.getSetCookie().some((c) => /session-token=;|session-token=[^;]*;.*Max-Age=0/i.test(c));
    // A body cut off by a killed app is no answer; a whole one without the user is a lost session.
    const body = (await response.json().catch(() => null)) as { user?: unknown } | null;
    if (!cleared && !body) return;
    tally.sessionChecks++;
    if (cleared || response.status !== 200 || !body?.user) {
      tally.sessionsLost++;
      tally.lostSessions.push(`${response.status} ${cleared ? 'cookie cleared' : JSON.stringify(body).slice(0, 120)}`);
    }
  }

  async function createOnce(writer: Writer, n: number) {
    const id = crypto.randomUUID();
    const comment = `${writer.label} note ${n} ${id.slice(0, 8)}`;
    const target = targets[n % targets.length]!;
    const body = JSON.stringify({ id, language, color: 'yellow', comment, visibility: 'private', targets: [target] });
    for (let attempt = 0; ; attempt++) {
      // Once stopped, a pending create keeps trying for a while (the database is back by then).
      if (stopping && performance.now() - stoppedAt > 30_000) {
        tally.unacknowledged++;
        return;
      }
      const sentAt = performance.now();
      try {
        const response = await fetch(`${origin}/api/documents/${slug}/annotations`, {
          method: 'POST',
          headers: headers(writer.cookie),
          body,
          signal: AbortSignal.timeout(10_000),
        });
        count(tally, String(response.status));
        await response.arrayBuffer();
        if (response.status === 201) {
          tally.acknowledged.set(id, comment);
          tally.createdAt.push(performance.now());
          return;
        }
        // Only an outage is worth retrying; anything else is counted and the create dropped.
        if (response.status !== 503) {
          tally.unacknowledged++;
          return;
        }
        tally.failedSentAt.push(sentAt);
      } catch {
        count(tally, 'no answer');
        tally.failedSentAt.push(sentAt);
      }
      await sleep(Math.min(50 * 2 ** attempt, 200));
    }
  }

  const loops = writers.map(async (writer) => {
    for (let n = 0; !stopping; n++) await createOnce(writer, n);
  });
  // Apart from the writes, so that sessions are checked during the outage too, as a reader's
  // open page does: each writer's in turn, every 100 ms.
  const sessions = (async () => {
    for (let n = 0; !stopping; n++) {
      await checkSession(writers[n % writers.length]!.cookie);
      await sleep(100);
    }
  })();
  const done = Promise.all([...loops, sessions]).then(() => undefined);
  return {
    done,
    async stop() {
      stopping = true;
      stoppedAt = performance.now();
      await done;
    },
  };
}

/** Counts a phase's answers in the words of the summary. */
export function describeStatuses(tally: Tally): string {
  const order = ['201', '503', '401', '500', 'no answer'];
  const keys = [...new Set([...order, ...tally.statuses.keys()])];
  return keys.map((key) => `${tally.statuses.get(key) ?? 0} × ${key}`).join(', ');
}
