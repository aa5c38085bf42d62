// Fills a database with realistic notes on one document, fast: `npm run seed` and the benchmarks
// (bench/seed.ts) both call seedAnnotations. Rows are written with multi-row INSERTs of column
// arrays through unnest (5,000 notes a statement) in one transaction, over plain pg, so that
// 100,000 notes take seconds. The same seed and count give the same notes, ids included, and the
// first k notes of a run are the same for every count ≥ k: seeding again adds only what is missing.
// Content must already be synced (the Segment rows are what spans point at).
//
// Who sees what: private notes all belong to the first author (the "viewer"), so that one account
// sees every note; shared ones are by any author. Replies on private notes are the viewer's own.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { codePointLength } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';
import type { DocumentContent } from '@/lib/content/types';
import { seedAuthors, seedComment, seededRandom, seedReply, seedTagsFor, type Random } from '@/lib/db/seed-text';
import { palette } from '@/lib/validations/annotation-limits';

export type SeedOptions = {
  count: number;
  /** Slug of the document; when absent, the one in the most languages (the first of those in content/). */
  document?: string;
  seed?: number;
  /** An existing user to be the first author (the viewer), such as the demo account. */
  viewerId?: string;
};

export type SeededAuthor = { id: string; name: string; email: string };

export type SeedReport = {
  document: string;
  /** Notes asked for; `inserted` of them are new (the others were there from an earlier run). */
  requested: number;
  inserted: number;
  shared: number;
  empty: number;
  spans: number;
  acrossSegments: number;
  replies: number;
  byLanguage: Record<string, number>;
  authors: SeededAuthor[];
  /** Whether "firstPosition" was among the columns written (the text-order key, when the schema has it). */
  wroteFirstPosition: boolean;
  seconds: number;
};

export type SeedNote = {
  id: string;
  authorIndex: number;
  language: string;
  color: string;
  comment: string;
  tags: string[];
  shared: boolean;
  createdAt: Date;
  spans: SpanSelector[];
  targetIds: string[];
  replies: { id: string; authorIndex: number; body: string; createdAt: Date }[];
};

/** A request the database or content cannot serve (an unknown document, content not synced): its message is for the user. */
export class SeedRequestError extends Error {}

const batchSize = 5_000;
const firstDay = Date.UTC(2026, 0, 5, 9);

/** UUIDs that are a function of (seed, document, kind, index): the same notes get the same ids every run. */
export function seedUuids(seed: number, slug = ''): (kind: number, index: number) => string {
  const p = createHash('sha256').update(`accord-seed:${seed}:${slug}`).digest('hex');
  const head = `${p.slice(0, 8)}-${p.slice(8, 12)}-4${p.slice(12, 15)}-`;
  return (kind, index) => `${head}${(8 + kind).toString(16)}${p.slice(15, 18)}-${index.toString(16).padStart(12, '0')}`;
}

const kinds = { annotation: 0, target: 1, reply: 2, author: 3 } as const;

/** A span of 3 to 40 code points somewhere in `text`. */
function pickSpan(random: Random, segmentId: string, text: string): SpanSelector {
  const length = codePointLength(text);
  const size = Math.min(length, 3 + random.int(38));
  const start = random.int(length - size + 1);
  return describeSpan(segmentId, text, start, start + size);
}

/**
 * Every note of a run, one after the other. One in ten runs from near the end of a segment into
 * the start of the next (both texts in the note's language), as a selection across a paragraph
 * break does.
 */
export function* seedNotes(document: DocumentContent, count: number, seed: number): Generator<SeedNote> {
  const random = seededRandom(seed);
  const languages = document.languages.map((language) => language.code);
  const segmentsIn = new Map(languages.map((code) => [code, document.segments.filter((s) => s.texts[code])]));
  const uuid = seedUuids(seed, document.slug);
  let targetIndex = 0;
  let replyIndex = 0;
  let minutes = 0;
  for (let i = 0; i < count; i++) {
    const language = random.pick(languages);
    const segment = random.pick(segmentsIn.get(language)!);
    const text = segment.texts[language]!;
    const nextSegment = document.segments[document.segments.indexOf(segment) + 1];
    const nextText = nextSegment?.texts[language];
    let spans: SpanSelector[];
    if (random.chance(0.1) && nextSegment && nextText) {
      const length = codePointLength(text);
      const start = Math.max(0, length - 1 - random.int(30));
      const end = Math.min(codePointLength(nextText), 1 + random.int(30));
      spans = [describeSpan(segment.id, text, start, length), describeSpan(nextSegment.id, nextText, 0, end)];
    } else {
      spans = [pickSpan(random, segment.id, text)];
    }
    const shared = random.chance(0.5);
    const authorIndex = shared ? random.int(seedAuthors.length) : 0;
    minutes += 1 + random.int(90);
    const createdAt = new Date(firstDay + minutes * 60_000);
    const replies: SeedNote['replies'] = [];
    if (random.chance(0.2)) {
      for (let r = 0, n = 1 + random.int(3); r < n; r++) {
        minutes += 1 + random.int(20);
        replies.push({
          id: uuid(kinds.reply, replyIndex++),
          authorIndex: shared ? random.int(seedAuthors.length) : 0,
          body: seedReply(random, language),
          createdAt: new Date(firstDay + minutes * 60_000),
        });
      }
    }
    yield {
      id: uuid(kinds.annotation, i),
      authorIndex,
      language,
      color: random.pick(palette),
      comment: seedComment(random, language, spans[0]!.exact),
      tags: seedTagsFor(random),
      shared,
      createdAt,
      spans,
      targetIds: spans.map(() => uuid(kinds.target, targetIndex++)),
      replies,
    };
  }
}

async function upsertAuthors(client: pg.ClientBase, viewerId: string | undefined): Promise<SeededAuthor[]> {
  const { rows } = await client.query<SeededAuthor>(
    `INSERT INTO "User" (id, email, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, email, name`,
    // The same authors for every seed, so that runs with other seeds add notes by the same people.
    [seedAuthors.map((_, i) => seedUuids(0)(kinds.author, i)), seedAuthors.map((_, i) => `seed-author-${i}@example.org`), seedAuthors.map((a) => a.name)],
  );
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const authors = seedAuthors.map((_, i) => byEmail.get(`seed-author-${i}@example.org`)!);
  if (viewerId) {
    const {
      rows: [viewer],
    } = await client.query<SeededAuthor>('SELECT id, email, name FROM "User" WHERE id = $1', [viewerId]);
    if (!viewer) throw new SeedRequestError(`no user ${viewerId} to be the first author`);
    authors[0] = viewer;
  }
  return authors;
}

/** The columns of "Annotation" that the schema has now (firstPosition arrives with a later migration). */
async function annotationColumns(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Annotation'`,
  );
  return new Set(rows.map((row) => row.column_name));
}

// Tags never contain commas (the API refuses them), so a joined list round-trips.
const tagsArray = `CASE WHEN tags = '' THEN '{}'::text[] ELSE string_to_array(tags, ',') END`;

/** Prisma keeps DateTime as UTC in columns without a time zone: send UTC, whatever the process's zone. */
const timestamp = (date: Date) => date.toISOString().slice(0, -1);

function columnArrays<K extends string>(keys: readonly K[]): Record<K, unknown[]> {
  return Object.fromEntries(keys.map((key) => [key, []])) as unknown as Record<K, unknown[]>;
}

async function writeBatch(
  client: pg.ClientBase,
  notes: SeedNote[],
  context: { documentId: number; authors: SeededAuthor[]; segments: Map<string, { id: number; position: number }>; columns: Set<string> },
) {
  const a = columnArrays(['id', 'author', 'language', 'color', 'comment', 'tags', 'visibility', 'created', 'segment', 'start', 'position', 'quotes'] as const);
  const t = columnArrays(['id', 'annotation', 'segment', 'ordinal', 'start', 'end', 'exact', 'prefix', 'suffix'] as const);
  const r = columnArrays(['id', 'annotation', 'author', 'body', 'created'] as const);
  for (const note of notes) {
    const first = context.segments.get(note.spans[0]!.segmentId)!;
    a.id.push(note.id);
    a.author.push(context.authors[note.authorIndex]!.id);
    a.language.push(note.language);
    a.color.push(note.color);
    a.comment.push(note.comment);
    a.tags.push(note.tags.join(','));
    a.visibility.push(note.shared ? 'SHARED' : 'PRIVATE');
    a.created.push(timestamp(note.createdAt));
    a.segment.push(first.id);
    a.start.push(note.spans[0]!.start);
    a.position.push(first.position);
    a.quotes.push(note.spans.map((span) => span.exact).join('\n'));
    note.spans.forEach((span, ordinal) => {
      t.id.push(note.targetIds[ordinal]);
      t.annotation.push(note.id);
      t.segment.push(context.segments.get(span.segmentId)!.id);
      t.ordinal.push(ordinal);
      t.start.push(span.start);
      t.end.push(span.end);
      t.exact.push(span.exact);
      t.prefix.push(span.prefix);
      t.suffix.push(span.suffix);
    });
    for (const reply of note.replies) {
      r.id.push(reply.id);
      r.annotation.push(note.id);
      r.author.push(context.authors[reply.authorIndex]!.id);
      r.body.push(reply.body);
      r.created.push(timestamp(reply.createdAt));
    }
  }
  // Columns that later migrations added, written when the schema has them (a benchmark may seed an
  // older tree). The search text is written here rather than left to the targets' trigger, which
  // then finds nothing to change: one write of each row instead of two. Quotes travel joined by
  // line breaks, which accord_search_text joins them by anyway.
  const later = [
    context.columns.has('firstPosition') ? { column: '"firstPosition"', value: 'position' } : undefined,
    context.columns.has('searchText')
      ? { column: '"searchText"', value: `accord_search_text(comment, ${tagsArray}, string_to_array(quotes, chr(10)))` }
      : undefined,
  ].filter((c) => c !== undefined);
  const inserted = await client.query(
    `INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "createdAt", "updatedAt", "firstSegmentId", "firstStart"${later.map((c) => `, ${c.column}`).join('')})
     SELECT id, $1, author, language, color, comment, ${tagsArray},
            visibility::"Visibility", created, created, segment, start${later.map((c) => `, ${c.value}`).join('')}
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamp[], $10::int[], $11::int[], $12::int[], $13::text[])
       AS x(id, author, language, color, comment, tags, visibility, created, segment, start, position, quotes)
     ON CONFLICT (id) DO NOTHING`,
    [context.documentId, a.id, a.author, a.language, a.color, a.comment, a.tags, a.visibility, a.created, a.segment, a.start, a.position, a.quotes],
  );
  await client.query(
    `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, prefix, suffix)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[])
     ON CONFLICT (id) DO NOTHING`,
    [t.id, t.annotation, t.segment, t.ordinal, t.start, t.end, t.exact, t.prefix, t.suffix],
  );
  if (r.id.length) {
    await client.query(
      `INSERT INTO "Reply" (id, "annotationId", "authorId", body, "createdAt", "updatedAt")
       SELECT id, annotation, author, body, created, created FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamp[]) AS x(id, annotation, author, body, created)
       ON CONFLICT (id) DO NOTHING`,
      [r.id, r.annotation, r.author, r.body, r.created],
    );
  }
  return inserted.rowCount ?? 0;
}

/** Seeds `options.count` notes on one document of `documents` (whose content is synced already). */
export async function seedAnnotations(client: pg.ClientBase, documents: DocumentContent[], options: SeedOptions): Promise<SeedReport> {
  const began = performance.now();
  const document = options.document
    ? documents.find((d) => d.slug === options.document)
    : documents.reduce<DocumentContent | undefined>((best, d) => (!best || d.languages.length > best.languages.length ? d : best), undefined);
  if (!document) throw new SeedRequestError(`no document "${options.document}" in content/ (there are: ${documents.map((d) => d.slug).join(', ')})`);
  const {
    rows: [documentRow],
  } = await client.query<{ id: number }>('SELECT id FROM "Document" WHERE slug = $1', [document.slug]);
  if (!documentRow) throw new SeedRequestError(`document "${document.slug}" is not in the database yet: sync content first (npm start does)`);
  const { rows: segmentRows } = await client.query<{ id: number; key: string; position: number }>(
    'SELECT id, key, position FROM "Segment" WHERE "documentId" = $1',
    [documentRow.id],
  );
  const segments = new Map(segmentRows.map((row) => [row.key, { id: row.id, position: row.position }]));
  const missing = document.segments.find((s) => !segments.has(s.id));
  if (missing) throw new SeedRequestError(`segment "${missing.id}" of "${document.slug}" is not in the database: sync content first`);

  const report: SeedReport = {
    document: document.slug,
    requested: options.count,
    inserted: 0,
    shared: 0,
    empty: 0,
    spans: 0,
    acrossSegments: 0,
    replies: 0,
    byLanguage: Object.fromEntries(document.languages.map((l) => [l.code, 0])),
    authors: [],
    wroteFirstPosition: false,
    seconds: 0,
  };
  await client.query('BEGIN');
  try {
    report.authors = await upsertAuthors(client, options.viewerId);
    const columns = await annotationColumns(client);
    report.wroteFirstPosition = columns.has('firstPosition');
    const context = { documentId: documentRow.id, authors: report.authors, segments, columns };
    let batch: SeedNote[] = [];
    const flush = async () => {
      report.inserted += await writeBatch(client, batch, context);
      batch = [];
    };
    for (const note of seedNotes(document, options.count, options.seed ?? 1)) {
      report.shared += note.shared ? 1 : 0;
      report.empty += note.comment ? 0 : 1;
      report.spans += note.spans.length;
      report.acrossSegments += note.spans.length > 1 ? 1 : 0;
      report.replies += note.replies.length;
      report.byLanguage[note.language]! += 1;
      batch.push(note);
      if (batch.length === batchSize) await flush();
    }
    if (batch.length) await flush();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  // Fresh statistics, so that the planner sees the new size at once.
  await client.query('ANALYZE "Annotation", "AnnotationTarget", "Reply", "User"');
  report.seconds = (performance.now() - began) / 1000;
  return report;
}
