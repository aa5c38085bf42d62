// Seeding on the real PostgreSQL server: counts, exact spans, shares, languages and authors as
// promised, the same notes for the same seed, and nothing twice when seeded again.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan } from '@/lib/anchoring/selectors';
import { loadAllDocuments } from '@/lib/content/load';
import type { DocumentContent } from '@/lib/content/types';
import { seedAnnotations, seedNotes, seedUuids, type SeedReport } from '@/lib/db/seed';
import { seedAuthors } from '@/lib/db/seed-text';
import { syncContent } from '@/lib/db/sync-content';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

const slug = 'pyongyang-declaration';
let documents: DocumentContent[];
let document: DocumentContent;

beforeAll(async () => {
  documents = await loadAllDocuments();
  document = documents.find((d) => d.slug === slug)!;
});

describe('seedNotes', () => {
  it('gives the same notes for the same seed, and the same first notes for any count', () => {
    const a = [...seedNotes(document, 200, 3)];
    expect([...seedNotes(document, 200, 3)]).toEqual(a);
    expect([...seedNotes(document, 50, 3)]).toEqual(a.slice(0, 50));
    expect([...seedNotes(document, 200, 4)].map((n) => n.id)).not.toEqual(a.map((n) => n.id));
  });

  it('writes comments in Markdown of every kind, some empty, in several languages', () => {
    const comments = [...seedNotes(document, 1000, 5)].map((note) => note.comment);
    expect(comments.filter((c) => c === '').length).toBeGreaterThan(100);
    for (const pattern of [
      /\*\*[^*]+\*\*/,
      /(^|[^*])\*[^*\s][^*]*\*/,
      /^- /m,
      /^1\. /m,
      /\]\(https:\/\//,
      /`[^`]+`/,
      /^```/m,
      /^> /m,
      /\n\n/,
      /[가-힣]/,
      /[ぁ-んァ-ン]/,
    ]) {
      expect(
        comments.some((c) => pattern.test(c)),
        String(pattern),
      ).toBe(true);
    }
  });
});

describe('seedAnnotations', () => {
  let db: TestDatabase;
  let client: pg.Client;
  let report: SeedReport;
  const count = 400;

  beforeAll(async () => {
    db = await createTestDatabase();
    await syncContent(db.prisma, documents);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    report = await seedAnnotations(client, documents, { count, document: slug, seed: 7 });
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

  it('writes as many notes, spans and replies as it reports', async () => {
    const [counts] = await rows<{ annotations: number; targets: number; replies: number }>(
      `SELECT (SELECT count(*)::int FROM "Annotation") AS annotations, (SELECT count(*)::int FROM "AnnotationTarget") AS targets, (SELECT count(*)::int FROM "Reply") AS replies`,
    );
    expect(counts).toEqual({ annotations: count, targets: report.spans, replies: report.replies });
    expect(report.inserted).toBe(count);
    expect(report.acrossSegments).toBeGreaterThan(0);
    expect(report.replies).toBeGreaterThan(0);
  });

  it('stores every span as the exact text of its segment, with the context describeSpan gives', async () => {
    const targets = await rows<{ key: string; language: string; start: number; end: number; exact: string; prefix: string; suffix: string }>(
      `SELECT s.key, a.language, t.start, t."end", t.exact, t.prefix, t.suffix FROM "AnnotationTarget" t
       JOIN "Segment" s ON s.id = t."segmentId" JOIN "Annotation" a ON a.id = t."annotationId"`,
    );
    expect(targets.length).toBe(report.spans);
    for (const target of targets) {
      const text = document.segments.find((s) => s.id === target.key)!.texts[target.language]!;
      expect(sliceCodePoints(text, target.start, target.end)).toBe(target.exact);
      const { key, start, end, exact, prefix, suffix } = target;
      expect(describeSpan(key, text, start, end)).toEqual({ segmentId: key, start, end, exact, prefix, suffix });
    }
  });

  it('runs a note across two segments from the end of one into the start of the next, and keys it by its first span', async () => {
    const notes = await rows<{ keys: string[]; ordinals: number[]; starts: number[]; firstKey: string; firstStart: number }>(
      `SELECT array_agg(s.key ORDER BY t.ordinal) AS keys, array_agg(t.ordinal ORDER BY t.ordinal) AS ordinals, array_agg(t.start ORDER BY t.ordinal) AS starts,
              fs.key AS "firstKey", a."firstStart"
       FROM "Annotation" a JOIN "AnnotationTarget" t ON t."annotationId" = a.id JOIN "Segment" s ON s.id = t."segmentId" JOIN "Segment" fs ON fs.id = a."firstSegmentId"
       GROUP BY a.id, fs.key`,
    );
    for (const note of notes) {
      expect(note.firstKey).toBe(note.keys[0]);
      expect(note.firstStart).toBe(note.starts[0]);
      expect(note.ordinals).toEqual(note.keys.map((_, i) => i));
    }
    const across = notes.filter((note) => note.keys.length === 2);
    expect(across.length).toBe(report.acrossSegments);
    const position = (key: string) => document.segments.findIndex((s) => s.id === key);
    for (const note of across) {
      expect(position(note.keys[1]!)).toBe(position(note.keys[0]!) + 1);
      expect(note.starts[1]).toBe(0);
    }
  });

  it('shares about half, in every language of the document', async () => {
    const [shares] = await rows<{ shared: number }>(`SELECT count(*) FILTER (WHERE visibility = 'SHARED')::int AS shared FROM "Annotation"`);
    expect(shares!.shared).toBe(report.shared);
    expect(report.shared / count).toBeGreaterThan(0.4);
    expect(report.shared / count).toBeLessThan(0.6);
    const languages = await rows<{ language: string; n: number }>(`SELECT language, count(*)::int AS n FROM "Annotation" GROUP BY language ORDER BY language`);
    expect(languages.map((l) => l.language)).toEqual(document.languages.map((l) => l.code).sort());
    expect(Object.fromEntries(languages.map((l) => [l.language, l.n]))).toEqual(report.byLanguage);
  });

  it('makes its authors users, named in English, Korean and Japanese, the first of them owning every private note', async () => {
    const authors = await rows<{ name: string }>(`SELECT DISTINCT u.name FROM "User" u JOIN "Annotation" a ON a."authorId" = u.id`);
    expect(authors.map((a) => a.name).sort()).toEqual(seedAuthors.map((a) => a.name).sort());
    expect(authors.some((a) => /[가-힣]/.test(a.name)) && authors.some((a) => /[一-龯]/.test(a.name)) && authors.some((a) => /^[A-Za-z ]+$/.test(a.name))).toBe(
      true,
    );
    const privateOwners = await rows<{ authorId: string }>(`SELECT DISTINCT "authorId" FROM "Annotation" WHERE visibility = 'PRIVATE'`);
    expect(privateOwners).toEqual([{ authorId: report.authors[0]!.id }]);
    const privateRepliers = await rows<{ authorId: string }>(
      `SELECT DISTINCT r."authorId" FROM "Reply" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE a.visibility = 'PRIVATE'`,
    );
    expect(privateRepliers.every((r) => r.authorId === report.authors[0]!.id)).toBe(true);
  });

  it('adds nothing when seeded again with the same seed, and only the new notes for a larger count', async () => {
    expect((await seedAnnotations(client, documents, { count, document: slug, seed: 7 })).inserted).toBe(0);
    expect((await seedAnnotations(client, documents, { count: count + 10, document: slug, seed: 7 })).inserted).toBe(10);
    const [total] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Annotation"`);
    expect(total!.n).toBe(count + 10);
  });

  it('fills "firstPosition" with the first segment\'s position when the schema has that column', async () => {
    await client.query(`ALTER TABLE "Annotation" ADD COLUMN IF NOT EXISTS "firstPosition" INTEGER NOT NULL DEFAULT 0`);
    const again = await seedAnnotations(client, documents, { count: 50, document: slug, seed: 8 });
    expect(again.wroteFirstPosition).toBe(true);
    const wrong = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Annotation" a JOIN "Segment" s ON s.id = a."firstSegmentId" WHERE a."firstPosition" <> s.position AND a.id::text LIKE '${seedUuids(8, slug)(0, 0).slice(0, 8)}%'`,
    );
    expect(wrong[0]!.n).toBe(0);
    const [written] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Annotation" WHERE "firstPosition" > 0`);
    expect(written!.n).toBeGreaterThan(0);
  });

  it("writes each note's search text itself, as the rule in the database gives it, so that free text finds seeded notes", async () => {
    // Without the targets' trigger, which would otherwise write it for the seed.
    await client.query(`ALTER TABLE "AnnotationTarget" DISABLE TRIGGER "AnnotationTarget_searchText"`);
    try {
      expect((await seedAnnotations(client, documents, { count: 60, document: slug, seed: 9 })).inserted).toBe(60);
    } finally {
      await client.query(`ALTER TABLE "AnnotationTarget" ENABLE TRIGGER "AnnotationTarget_searchText"`);
    }
    const [search] = await rows<{ wrong: number; empty: number }>(
      `SELECT count(*) FILTER (WHERE a."searchText" IS DISTINCT FROM accord_search_text(a.comment, a.tags,
                ARRAY(SELECT t.exact FROM "AnnotationTarget" t WHERE t."annotationId" = a.id ORDER BY t.ordinal)))::int AS wrong,
              count(*) FILTER (WHERE a."searchText" = '')::int AS empty
       FROM "Annotation" a`,
    );
    expect(search).toEqual({ wrong: 0, empty: 0 });
  });
});
