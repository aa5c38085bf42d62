// Fills the database with realistic notes, for trying the app (and its speed) at scale:
//   npm run seed -- --annotations 10000 [--document pyongyang-declaration] [--seed 1]
// On DATABASE_URL when set, else on the embedded database in $ACCORD_DATA_DIR/pglite (.data),
// which the app must not hold open at the same time. Migrations and content are brought up to
// date first, as `npm start` does. The same count and seed give the same notes; seeding again
// adds only the notes not there yet, and another --seed adds others.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, loadAllDocuments } from '@/lib/content';
import { demoUser } from '@/lib/db/demo-user';
import { DataDirectoryInUseError, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';
import { loadedContent, prepareDatabase, withClient } from '@/lib/db/prepare-database';
import { seedAnnotations, SeedRequestError, type SeedReport } from '@/lib/db/seed';

const { values: args } = parseArgs({
  options: { annotations: { type: 'string' }, document: { type: 'string' }, seed: { type: 'string', default: '1' } },
});

function count(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`npm run seed -- --annotations <N> [--document <slug>] [--seed <n>]: --${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
}

const n = (value: number) => value.toLocaleString('en');
const percent = (part: number, whole: number) => `${whole ? Math.round((part / whole) * 100) : 0}%`;

function describe(report: SeedReport, where: string): string {
  const languages = Object.entries(report.byLanguage)
    .map(([code, k]) => `${code} ${n(k)}`)
    .join(', ');
  const [viewer, ...others] = report.authors;
  return [
    `seeded ${n(report.inserted)} new notes on ${report.document} in ${where} (${n(report.requested)} asked for${report.inserted < report.requested ? `, ${n(report.requested - report.inserted)} were there from an earlier run` : ''}) in ${report.seconds.toFixed(1)} s`,
    `  shared ${n(report.shared)} (${percent(report.shared, report.requested)}), private ${n(report.requested - report.shared)}, all of them ${viewer!.name}'s <${viewer!.email}>`,
    `  ${n(report.spans)} spans, ${n(report.acrossSegments)} notes across two segments; ${n(report.empty)} without a comment; ${n(report.replies)} replies`,
    `  languages: ${languages}`,
    `  authors: ${[viewer!, ...others].map((a) => a.name).join(', ')}`,
    report.wroteFirstPosition ? '' : '  (this schema has no "firstPosition" column yet: not written)',
  ]
    .filter(Boolean)
    .join('\n');
}

async function main() {
  const annotations = count(args.annotations, 'annotations', 1);
  const seed = count(args.seed, 'seed', 0);
  const documents = await loadAllDocuments();
  if (args.document && !documents.some((d) => d.slug === args.document)) {
    throw new SeedRequestError(`no document "${args.document}" in content/ (there are: ${documents.map((d) => d.slug).join(', ')})`);
  }
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  const dataDir = path.resolve(process.env.ACCORD_DATA_DIR ?? '.data', 'pglite');
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir }).catch((error: unknown) => {
      if (error instanceof DataDirectoryInUseError) {
        throw new DataDirectoryInUseError(
          `npm run seed: ${error.message.replace(/^The embedded/, 'the embedded')}\nIf that is the app (npm start), stop it, seed, then start it again.`,
        );
      }
      throw error;
    });
    url = embedded.connectionString;
  }
  const shownDir = dataDir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dataDir) : dataDir;
  const where = embedded ? `the embedded database (${shownDir})` : `${new URL(url).host}${new URL(url).pathname}`;
  try {
    const prepared = await prepareDatabase(url, loadedContent(documents), { demoUser: Boolean(embedded) });
    if (prepared.applied.length) console.log(`migrations applied: ${prepared.applied.join(', ')}`);
    if (prepared.synced) console.log('content: synced to the database');
    const report = await withClient(url, async (client) => {
      // The demo account, where there is one, is the first author: signed in as it, one sees every note.
      const {
        rows: [demo],
      } = await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [demoUser.email]);
      return seedAnnotations(client, documents, { count: annotations, document: args.document, seed, viewerId: demo?.id });
    });
    console.log(describe(report, where));
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ContentError || error instanceof DataDirectoryInUseError) console.error(error.message);
  else if (error instanceof SeedRequestError) console.error(`npm run seed: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
