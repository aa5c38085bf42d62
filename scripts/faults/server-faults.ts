// The PostgreSQL-server half of the fault suite: the app against a private instance, sixteen
// signed-in writers, and three faults in turn (fast restart, kill -9 of the postmaster, a storm of
// pg_terminate_backend). Each phase is checked against the database itself.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { faultsSecret, type App } from './app';
import type { Instance } from './postgres';
import { describeStatuses, newTally, startWriters, type Target, type Tally, type Writer } from './writers';

export type PhaseResult = {
  name: string;
  tally: Tally;
  missing: number;
  duplicated: number;
  /** Seconds from PostgreSQL accepting connections again to the next 201. */
  recovery: number;
  /** Seconds after PostgreSQL accepted connections that the last failed create was sent (0 when none was). */
  lastFailure: number;
  problems: string[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Readers in the database, each with a session cookie as next-auth would have set it at sign-in. */
export async function makeWriters(databaseUrl: string, count: number): Promise<Writer[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const writers: Writer[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const email = `writer${i}-${id.slice(0, 6)}@faults.test`;
      await client.query('INSERT INTO "User" (id, email, name, "sessionVersion") VALUES ($1, $2, $3, 0)', [id, email, `Writer ${i}`]);
      const token = await encode({ token: { sub: id, uid: id, name: `Writer ${i}`, email, sessionVersion: 0 }, secret: faultsSecret });
      writers.push({ cookie: `next-auth.session-token=${token}`, label: `w${i}` });
    }
    return writers;
  } finally {
    await client.end();
  }
}

/** Acknowledged creates missing from the table, and creates written more than once. */
export async function checkWrites(databaseUrl: string, tally: Tally): Promise<{ missing: number; duplicated: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; comment: string }>('SELECT id::text, comment FROM "Annotation"');
    const byId = new Map(rows.map((row) => [row.id, row.comment]));
    const missing = [...tally.acknowledged].filter(([id, comment]) => byId.get(id) !== comment).length;
    const perComment = new Map<string, number>();
    for (const row of rows) perComment.set(row.comment, (perComment.get(row.comment) ?? 0) + 1);
    const duplicated = [...perComment.values()].filter((n) => n > 1).length;
    return { missing, duplicated };
  } finally {
    await client.end();
  }
}

type Setup = { app: App; instance: Instance; database: string; slug: string; language: string; targets: Target[]; writers: Writer[] };

/** What the pages and a signed-in API read answer while the database is down. */
async function probeOutage({ app, slug, writers }: Setup): Promise<string[]> {
  const problems: string[] = [];
  const cookie = writers[0]!.cookie;
  for (const page of ['/', `/documents/${slug}`, `/documents/${slug}/print`]) {
    const response = await fetch(`${app.origin}${page}`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) }).catch(() => null);
    const html = (await response?.text()) ?? '';
    if (response?.status !== 200) problems.push(`${page} answered ${response?.status ?? 'nothing'} while the database was down`);
    if (page.endsWith('/print') && !html.includes('Temporarily unavailable')) problems.push(`${page} did not say it is temporarily unavailable`);
  }
  const api = await fetch(`${app.origin}/api/documents/${slug}/annotations?scope=mine`, { headers: { cookie } }).catch(() => null);
  if (api?.status !== 503 || !api.headers.get('retry-after')) problems.push(`a signed-in API read answered ${api?.status} without Retry-After, not 503`);
  return problems;
}

/**
 * Runs the writers for a while, applies `fault` (which resolves with the moment PostgreSQL accepts
 * connections again), lets them run on, then checks what was written.
 */
export async function runPhase(setup: Setup, name: string, fault: () => Promise<{ readyAt: number; problems?: string[] }>): Promise<PhaseResult> {
  const { app, instance, database, slug, language, targets, writers } = setup;
  const tally = newTally();
  const load = startWriters({ origin: app.origin, slug, language, targets, writers, tally });
  await sleep(2_000);
  const { readyAt, problems = [] } = await fault();
  await sleep(3_000);
  await load.stop();
  const next201 = tally.createdAt.filter((t) => t >= readyAt).sort((a, b) => a - b)[0];
  const recovery = next201 === undefined ? Infinity : (next201 - readyAt) / 1000;
  // Service is back when requests sent after that point succeed: on a busy machine one request's
  // own time can pass a second, so the rule is read from when each failed request was sent.
  const lastFailure = Math.max(0, ...tally.failedSentAt.map((t) => (t - readyAt) / 1000));
  const { missing, duplicated } = await checkWrites(instance.url(database), tally);
  // The app itself stays up here: a request it never answered (in 10 s) is a hang, not an outage.
  const unexpected = [...tally.statuses.keys()].filter((status) => !['201', '503'].includes(status));
  if (unexpected.length) problems.push(`answers other than 201 or 503: ${describeStatuses(tally)}`);
  if (!tally.statuses.get('503')) problems.push('no 503 was seen: the fault did not reach the writers');
  if (missing) problems.push(`${missing} acknowledged writes missing`);
  if (duplicated) problems.push(`${duplicated} writes stored twice`);
  if (tally.sessionsLost) problems.push(`${tally.sessionsLost} session checks lost the session: ${tally.lostSessions.slice(0, 3).join('; ')}`);
  if (recovery === Infinity) problems.push('no 201 after PostgreSQL accepted connections again');
  if (lastFailure > 1) problems.push(`a create sent ${lastFailure.toFixed(2)} s after PostgreSQL accepted connections still failed (more than 1 s)`);
  return { name, tally, missing, duplicated, recovery, lastFailure, problems };
}

export async function serverPhases(setup: Setup): Promise<PhaseResult[]> {
  const { instance, database } = setup;
  const results: PhaseResult[] = [];
  results.push(
    await runPhase(setup, 'fast restart', async () => {
      await instance.restartFast();
      return { readyAt: performance.now() };
    }),
  );
  results.push(
    await runPhase(setup, 'kill -9 of the postmaster', async () => {
      await instance.kill();
      await sleep(500);
      const problems = await probeOutage(setup);
      await instance.start();
      return { readyAt: performance.now(), problems };
    }),
  );
  results.push(
    await runPhase(setup, 'pg_terminate_backend storm', async () => {
      let terminated = 0;
      for (const end = performance.now() + 3_000; performance.now() < end;) {
        terminated += await instance.terminateBackends(database);
        await sleep(100);
      }
      return { readyAt: performance.now(), problems: terminated ? [] : ['the storm terminated no backend'] };
    }),
  );
  return results;
}
