// Seeding shared by the benchmarks: a fresh database on the PostgreSQL server (TEST_DATABASE_URL,
// default postgresql://postgres@127.0.0.1:5432/postgres) with the migrations and content/ applied,
// and N annotations on the Pyongyang Declaration, the same N giving the same annotations every run.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { describeSpan } from '@/lib/anchoring/selectors';
import { loadAllDocuments } from '@/lib/content/load';
import { createPrismaClient } from '@/lib/db/create-client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { syncContent } from '@/lib/db/sync-content';

export const slug = 'pyongyang-declaration';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseUrl = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** Deterministic pseudo-random numbers, so that every run seeds the same annotations. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** Multi-row INSERTs of column arrays through unnest: 5,000 rows a statement. */
export async function seed(url: string, count: number): Promise<string> {
  const documents = await loadAllDocuments();
  const prisma = createPrismaClient(url, 2);
  await syncContent(prisma, documents);
  await prisma.$disconnect();
  const document = documents.find((d) => d.slug === slug)!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: [doc] } = await client.query('SELECT id FROM "Document" WHERE slug = $1', [slug]);
  const { rows: segmentRows } = await client.query('SELECT id, key FROM "Segment" WHERE "documentId" = $1', [doc.id]);
  const segmentIds = new Map(segmentRows.map((r) => [r.key as string, r.id as number]));
  const users = [randomUUID(), randomUUID()];
  for (const [i, id] of users.entries()) {
    await client.query('INSERT INTO "User" (id, email, name) VALUES ($1, $2, $3)', [id, `bench${i}@example.org`, i ? 'Bob Tanaka' : 'Alice Kim']);
  }
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const batch = 5_000;
  for (let done = 0; done < count; done += batch) {
    const a: unknown[][] = Array.from({ length: 11 }, () => []);
    const t: unknown[][] = Array.from({ length: 9 }, () => []);
    const r: unknown[][] = Array.from({ length: 5 }, () => []);
    for (let i = done; i < Math.min(count, done + batch); i++) {
      const segment = pick(document.segments);
      const language = pick(document.languages).code;
      const text = segment.texts[language]!;
      const length = Array.from(text).length;
      const start = Math.floor(next() * Math.max(1, length - 12));
      const span = describeSpan(segment.id, text, start, Math.min(length, start + 4 + Math.floor(next() * 30)));
      const id = randomUUID();
      const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
      const comment = next() < 0.7 ? `Note ${i}: **${span.exact}**, see "${segment.id}", with a comma.\n\n- one\n- two` : '';
      // Private ones are the viewer's, so that all of them are exported (and both rules are used).
      const shared = next() < 0.5;
      const values = [id, doc.id, shared ? pick(users) : users[0], language, pick(['yellow', 'green', 'blue', 'pink', 'purple']), comment,
        next() < 0.5 ? `tag${i % 50},주제${i % 7}` : '', shared ? 'SHARED' : 'PRIVATE', created, segmentIds.get(segment.id), span.start];
      values.forEach((value, k) => a[k]!.push(value));
      [randomUUID(), id, segmentIds.get(segment.id), 0, span.start, span.end, span.exact, span.prefix, span.suffix].forEach((value, k) => t[k]!.push(value));
      if (next() < 0.2) [randomUUID(), id, pick(users), `Reply to ${i}: 同意します。`, created].forEach((value, k) => r[k]!.push(value));
    }
    await client.query(
      `INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "createdAt", "updatedAt", "firstSegmentId", "firstStart")
       SELECT id, doc, author, lang, color, comment, string_to_array(tags, ','), vis::"Visibility", created, created, seg, start
       FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamp[], $10::int[], $11::int[])
         AS x(id, doc, author, lang, color, comment, tags, vis, created, seg, start)`,
      a,
    );
    await client.query(
      `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, prefix, suffix)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[])`,
      t,
    );
    if (r[0]!.length) {
      await client.query(
        `INSERT INTO "Reply" (id, "annotationId", "authorId", body, "createdAt", "updatedAt")
         SELECT id, ann, author, body, created, created FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamp[]) AS x(id, ann, author, body, created)`,
        r,
      );
    }
  }
  await client.query('ANALYZE');
  await client.end();
  return users[0]!;
}

/** A migrated database of its own; `drop()` removes it unless `keep` is set. */
export async function createBenchDatabase(keep = false): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `accord_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  await applyMigrations(url);
  return {
    name,
    url,
    async drop() {
      if (keep) console.log(`kept ${url}`);
      else await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
