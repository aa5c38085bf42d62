// npm run test:faults — Accord under outages and crashes, as docs/api.md and the README promise:
// a private PostgreSQL instance restarted fast, killed with kill -9 and stormed with
// pg_terminate_backend under sixteen signed-in writers, then the embedded database under ten
// SIGKILLs of the app. Prints one line per fault and a summary; exits 1 on any failed check.
// Ports: ACCORD_FAULTS_PORT (app, and the next one for the embedded app), ACCORD_FAULTS_PG_PORT.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sliceCodePoints, codePointLength } from '@/lib/anchoring/code-points';
import { loadAllDocuments } from '@/lib/content';
import { startApp, stopAllApps, type App } from './app';
import { embeddedKills } from './embedded-faults';
import { startInstance, type Instance } from './postgres';
import { makeWriters, serverPhases } from './server-faults';
import { describeStatuses, type Target } from './writers';

const writerCount = 16;
const kills = 10;
// Generous: about four minutes on an idle machine, the first build (when there is none) aside.
const timeoutMinutes = 25;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Passages to annotate: the first words of every English paragraph long enough. */
async function targetsOf() {
  const document = (await loadAllDocuments()).find((d) => d.languages.some((l) => l.code === 'en'));
  if (!document) throw new Error('content/ has no document with an English column');
  const targets: Target[] = document.segments
    .filter((segment) => codePointLength(segment.texts.en ?? '') >= 20)
    .map((segment) => ({ segmentId: segment.id, start: 0, end: 12, exact: sliceCodePoints(segment.texts.en!, 0, 12) }));
  return { slug: document.slug, language: 'en', targets };
}

const logProblems = (log: string) =>
  readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => /uncaughtException|unhandledRejection|JWT_SESSION_ERROR/i.test(line));

async function main(): Promise<number> {
  const began = performance.now();
  const logs = mkdtempSync(path.join(tmpdir(), 'accord-faults-logs-'));
  const serverLog = path.join(logs, 'app-server.log');
  const embeddedLog = path.join(logs, 'app-embedded.log');
  const appPort = Number(process.env.ACCORD_FAULTS_PORT) || (await freePort());
  const pgPort = Number(process.env.ACCORD_FAULTS_PG_PORT) || (await freePort());
  const content = await targetsOf();
  // Each figure as soon as it is known, and all of them again at the end, beside the summary.
  const lines: string[] = [];
  const report = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const problems: string[] = [];
  let instance: Instance | undefined;
  let app: App | undefined;
  const cleanUp = async () => {
    await stopAllApps().catch(() => {});
    await instance?.stop().catch(() => {});
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  // A hang anywhere (a server that never starts, a request that never ends) fails the run, cleaned up.
  setTimeout(() => {
    console.error(`FAILED the fault suite did not finish within ${timeoutMinutes} minutes; app logs in ${logs}`);
    void cleanUp().then(() => process.exit(1));
  }, timeoutMinutes * 60_000).unref();

  try {
    instance = await startInstance(pgPort);
    const admin = new pg.Client({ connectionString: instance.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE accord');
    await admin.end();
    console.log(`faults: PostgreSQL on port ${pgPort}; starting the app on ${appPort} (builds .next-e2e only if the sources changed)`);
    app = startApp({ port: appPort, log: serverLog, databaseUrl: instance.url('accord'), build: true });
    await app.ready();
    const writers = await makeWriters(instance.url('accord'), writerCount);
    for (const result of await serverPhases({ app, instance, database: 'accord', ...content, writers })) {
      report(
        `faults: ${result.name}: ${result.tally.acknowledged.size} writes acknowledged, ${result.missing} missing, ${result.duplicated} duplicated; ` +
          `answers ${describeStatuses(result.tally)}; ${result.tally.sessionsLost} of ${result.tally.sessionChecks} session checks lost the session; after PostgreSQL accepted connections, the first 201 in ${result.recovery.toFixed(2)} s and the last failure sent at ${result.lastFailure.toFixed(2)} s`,
      );
      problems.push(...result.problems.map((p) => `${result.name}: ${p}`));
    }
    await app.stop();
    app = undefined;
    await instance.stop();
    instance = undefined;
    const uncaughtServer = logProblems(serverLog);
    report(`faults: app log on the PostgreSQL server: ${uncaughtServer.length} uncaught exceptions or cleared sessions`);
    problems.push(...uncaughtServer.map((line) => `app log: ${line}`));

    // A port free now: the one after appPort may have been taken meanwhile (a client socket, say).
    const embedded = await embeddedKills({ port: await freePort(), log: embeddedLog, ...content, kills, writers: writerCount });
    const uncaughtEmbedded = logProblems(embeddedLog);
    report(
      `faults: embedded database: ${embedded.kills} SIGKILLs of the app, reopened ${embedded.reopened} of ${embedded.kills}; ` +
        `${embedded.acknowledged} writes acknowledged, ${embedded.missing} missing, ${embedded.duplicated} duplicated; ${uncaughtEmbedded.length} uncaught exceptions`,
    );
    problems.push(...embedded.problems.map((p) => `embedded: ${p}`), ...uncaughtEmbedded.map((line) => `embedded app log: ${line}`));
  } catch (error) {
    problems.push(`the suite could not run: ${(error as Error).stack ?? error}`);
  } finally {
    await cleanUp();
  }
  console.log('');
  for (const line of lines) console.log(line);
  const seconds = ((performance.now() - began) / 1000).toFixed(0);
  if (problems.length) {
    for (const problem of problems) console.error(`FAILED ${problem}`);
    console.error(`faults: app logs kept in ${logs}`);
    console.log(`Summary: faults ${problems.length} failed checks in ${seconds} s`);
    return 1;
  }
  rmSync(logs, { recursive: true, force: true });
  console.log(`Summary: faults passed (fast restart, kill -9, terminate storm, ${kills} SIGKILLs on the embedded database) in ${seconds} s`);
  return 0;
}

process.exit(await main());
