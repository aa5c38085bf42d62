// The embedded half of the fault suite: the app on PGlite (no DATABASE_URL), killed with SIGKILL
// while sixteen writers create annotations, ten times over. After each kill it must start again on
// the same data folder, and every create it acknowledged must be there, once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from './app';
import { describeStatuses, newTally, startWriters, type Target, type Writer } from './writers';

export type EmbeddedResult = { kills: number; reopened: number; acknowledged: number; missing: number; duplicated: number; problems: string[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Signs in as the embedded database's demo account, through next-auth's own form. */
async function signIn(origin: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookies.join('; '), origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email: 'demo@accord.local', password: 'accord-demo-2002', json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`signing in as the demo account failed (${response.status})`);
  return session.split(';')[0]!;
}

/** Every note of the signed-in reader, by id, through the list API. */
async function notesOf(origin: string, slug: string, cookie: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  for (let after: string | null = null; ;) {
    const query = new URLSearchParams({ scope: 'mine', limit: '500', ...(after ? { after } : {}) });
    const response = await fetch(`${origin}/api/documents/${slug}/annotations?${query}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`listing the notes answered ${response.status}`);
    const page = (await response.json()) as { items: { id: string; comment: string }[]; nextCursor: string | null };
    for (const item of page.items) notes.set(item.id, item.comment);
    if (!page.nextCursor) return notes;
    after = page.nextCursor;
  }
}

type Options = { port: number; log: string; slug: string; language: string; targets: Target[]; kills: number; writers: number };

export async function embeddedKills({ port, log, slug, language, targets, kills, writers: writerCount }: Options): Promise<EmbeddedResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-faults-embedded-'));
  const tally = newTally();
  const problems: string[] = [];
  let app: App | undefined;
  let reopened = 0;
  try {
    app = startApp({ port, log, dataDir, build: false });
    await app.ready();
    const cookie = await signIn(app.origin);
    const writers: Writer[] = Array.from({ length: writerCount }, (_, i) => ({ cookie, label: `e${i}` }));
    for (let kill = 0; kill < kills; kill++) {
      const load = startWriters({ origin: app.origin, slug, language, targets, writers, tally });
      // A kill at a different moment of the writes each time.
      await sleep(700 + Math.random() * 1_300);
      await app.kill();
      // The writers' pending creates now fail to connect; they retry once the app is back.
      app = startApp({ port, log, dataDir, build: false });
      try {
        await app.ready(60_000);
        reopened++;
      } catch (error) {
        problems.push(`after kill ${kill + 1} the embedded database did not reopen: ${(error as Error).message}`);
        await load.stop();
        break;
      }
      await load.stop();
    }
    const stored = await notesOf(app.origin, slug, cookie);
    const missing = [...tally.acknowledged].filter(([id, comment]) => stored.get(id) !== comment).length;
    const perComment = new Map<string, number>();
    for (const comment of stored.values()) perComment.set(comment, (perComment.get(comment) ?? 0) + 1);
    const duplicated = [...perComment.values()].filter((n) => n > 1).length;
    const unexpected = [...tally.statuses.keys()].filter((status) => !['201', '503', 'no answer'].includes(status));
    if (unexpected.length) problems.push(`answers other than 201, 503 or none: ${describeStatuses(tally)}`);
    if (missing) problems.push(`${missing} acknowledged writes missing`);
    if (duplicated) problems.push(`${duplicated} writes stored twice`);
    if (tally.sessionsLost) problems.push(`${tally.sessionsLost} session checks lost the session: ${tally.lostSessions.slice(0, 3).join('; ')}`);
    if (reopened < kills) problems.push(`the embedded database reopened ${reopened} times of ${kills}`);
    return { kills, reopened, acknowledged: tally.acknowledged.size, missing, duplicated, problems };
  } finally {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
