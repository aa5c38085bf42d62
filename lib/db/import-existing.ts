import 'server-only';
// Which annotations of an import are already here, so that importing a file twice, or importing
// one's own export, writes nothing twice. An annotation of the file is already here when the
// importer can already read (their own, or shared, and not deleted) an annotation of this document
// that
//   - is the same one: the item's id, its `via` or its credit names this instance's
//     /api/annotations/<uuid> (ids are uuids, so a match on another host's address is the same row);
//   - was imported from it, or credits the same original (`via`, importedFromId);
//   - or says the same thing: the same creator (the original's, for a credited copy), the same
//     spans (segment, start, end, quote) and the same comment and tags. After an edit of the text a
//     span is planned where it is found now (import-plan.ts re-describes it there) or, when found
//     only uncertainly, where it was made: so a span is the same when it matches the stored one
//     where it was made or where it is now (coalesce(anchorStart, start)), its quote compared as the
//     anchoring compares it (blind to spacing).
// Replies under an annotation already here are matched the same way; those not found are not
// merged into the existing thread (see skipReasons.noteHere).
import { blind } from '@/lib/anchoring/blind-text';
import type { Prisma } from '@/lib/generated/prisma/client';
import { personIri } from '@/lib/export/links';
import { namesOf, type PlannedAnnotation } from '@/lib/export/import-plan';
import { readableBy, replyReadableBy } from '@/lib/db/annotation-filters';

type Segments = Map<string, { id: number; position: number }>;
type TargetJson = [segment: number, start: number, end: number, exact: string, currentStart: number, currentEnd: number, language: string, witness: string];
type ExistingAnnotation = {
  id: string;
  authorId: string;
  via: string | null;
  importedFromId: string | null;
  importedFromCreator: string | null;
  comment: string;
  tags: string[];
  targets: TargetJson[];
};
type ExistingReply = Omit<ExistingAnnotation, 'comment' | 'tags' | 'targets'> & { annotationId: string; body: string };

export type Existing = {
  /** Planned annotations already here, none of their replies to be written. */
  annotations: Set<PlannedAnnotation>;
  /** Replies of those annotations found in the existing thread. */
  repliesAlreadyHere: number;
  /** Replies of those annotations not in the existing thread: not merged. */
  repliesNotMerged: number;
};

/** Candidates are looked up this many planned annotations at a time: bounded parameter lists. */
const chunkSize = 1_000;

const uuidIn = (kind: 'annotations' | 'replies', iri: string) =>
  new RegExp(`/api/${kind}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`, 'i').exec(iri)?.[1]?.toLowerCase();

/** Who wrote the words of an existing row: the credited original author, or the row's author. */
const creatorOf = (row: { authorId: string; importedFromId: string | null; importedFromCreator: string | null }) =>
  row.importedFromId !== null ? row.importedFromCreator : personIri(row.authorId);

/**
 * The planned spans as the rows store them: in text order within each language, the note's own
 * language (its first span's) first, then each other language in the order the file gave it (a
 * note that compares languages).
 */
export function orderedTargets(annotation: PlannedAnnotation, segments: Segments) {
  const languages = [...new Set([annotation.language, ...annotation.targets.map((t) => t.language ?? annotation.language)])];
  const rank = (t: PlannedAnnotation['targets'][number]) => languages.indexOf(t.language ?? annotation.language);
  return [...annotation.targets]
    .sort((a, b) => rank(a) - rank(b) || segments.get(a.segmentId)!.position - segments.get(b.segmentId)!.position || a.start - b.start)
    .map((t) => ({ ...t, language: t.language ?? annotation.language }));
}

function sameTags(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((tag, i) => tag === sorted[i]);
}

function saysTheSame(planned: PlannedAnnotation, existing: ExistingAnnotation, segments: Segments): boolean {
  if (planned.creator === null || creatorOf(existing) !== planned.creator) return false;
  if (planned.comment !== existing.comment || !sameTags(planned.tags, existing.tags)) return false;
  const targets = orderedTargets(planned, segments);
  return (
    targets.length === existing.targets.length &&
    targets.every((t, i) => {
      const [segment, start, end, exact, currentStart, currentEnd, language, witness] = existing.targets[i]!;
      const here = (t.start === start && t.end === end) || (t.start === currentStart && t.end === currentEnd);
      return (
        segments.get(t.segmentId)!.id === segment && t.language === language && (t.witness ?? 'default') === witness && here && blind(t.exact) === blind(exact)
      );
    })
  );
}

function sameRow(names: string[], uuids: string[], existing: { id: string; via: string | null; importedFromId: string | null }) {
  return (
    uuids.includes(existing.id) ||
    (existing.via !== null && names.includes(existing.via)) ||
    (existing.importedFromId !== null && names.includes(existing.importedFromId))
  );
}

async function candidates(tx: Prisma.TransactionClient, documentId: number, importerId: string, planned: PlannedAnnotation[], segments: Segments) {
  const names = planned.flatMap(namesOf);
  const uuids = [...new Set(names.flatMap((iri) => uuidIn('annotations', iri) ?? []))];
  const firsts = planned.map((annotation) => orderedTargets(annotation, segments)[0]!);
  const firstSegments = firsts.map((t) => segments.get(t.segmentId)!.id);
  const firstStarts = firsts.map((t) => t.start);
  return tx.$queryRaw<ExistingAnnotation[]>`
    SELECT a.id::text AS id, a."authorId"::text AS "authorId", a.via, a."importedFromId", a."importedFromCreator", a.comment, a.tags,
      (SELECT json_agg(json_build_array(t."segmentId", t.start, t."end", t.exact, coalesce(t."anchorStart", t.start), coalesce(t."anchorEnd", t."end"), t.language, t.witness)
        ORDER BY t.ordinal)
       FROM "AnnotationTarget" t WHERE t."annotationId" = a.id) AS targets
    FROM "Annotation" a
    WHERE a."documentId" = ${documentId} AND a."deletedAt" IS NULL
      AND ${readableBy({ id: importerId })}
      AND (a.id = ANY(${uuids}::uuid[]) OR a.via = ANY(${names}::text[]) OR a."importedFromId" = ANY(${names}::text[])
        OR (a."firstSegmentId", a."firstStart") IN (SELECT * FROM unnest(${firstSegments}::int[], ${firstStarts}::int[]))
        -- firstStart is where the first span is now; a span kept uncertain is planned where it was made.
        OR EXISTS (SELECT 1 FROM "AnnotationTarget" f WHERE f."annotationId" = a.id AND f.ordinal = 0
          AND (f."segmentId", f.start) IN (SELECT * FROM unnest(${firstSegments}::int[], ${firstStarts}::int[]))))`;
}

export async function findExisting(
  tx: Prisma.TransactionClient,
  documentId: number,
  importerId: string,
  planned: PlannedAnnotation[],
  segments: Segments,
): Promise<Existing> {
  const matches = new Map<PlannedAnnotation, string>();
  for (let i = 0; i < planned.length; i += chunkSize) {
    const chunk = planned.slice(i, i + chunkSize);
    const found = await candidates(tx, documentId, importerId, chunk, segments);
    for (const annotation of chunk) {
      const names = namesOf(annotation);
      const uuids = names.flatMap((iri) => uuidIn('annotations', iri) ?? []);
      const match = found.find((existing) => sameRow(names, uuids, existing)) ?? found.find((existing) => saysTheSame(annotation, existing, segments));
      if (match) matches.set(annotation, match.id);
    }
  }
  const existing: Existing = { annotations: new Set(matches.keys()), repliesAlreadyHere: 0, repliesNotMerged: 0 };
  const withReplies = [...matches].filter(([annotation]) => annotation.replies.length);
  for (let i = 0; i < withReplies.length; i += chunkSize) {
    const chunk = withReplies.slice(i, i + chunkSize);
    const rows = await tx.$queryRaw<ExistingReply[]>`
      SELECT r.id::text AS id, r."annotationId"::text AS "annotationId", r."authorId"::text AS "authorId", r.body, r.via,
        r."importedFromId", r."importedFromCreator"
      FROM "Reply" r JOIN "Annotation" a ON a.id = r."annotationId"
      WHERE r."annotationId" = ANY(${chunk.map(([, id]) => id)}::uuid[]) AND ${replyReadableBy({ id: importerId })}`;
    const threads = new Map<string, ExistingReply[]>();
    for (const row of rows) {
      const thread = threads.get(row.annotationId);
      if (thread) thread.push(row);
      else threads.set(row.annotationId, [row]);
    }
    for (const [annotation, id] of chunk) {
      const thread = threads.get(id) ?? [];
      for (const reply of annotation.replies) {
        const names = namesOf(reply);
        const uuids = names.flatMap((iri) => uuidIn('replies', iri) ?? []);
        const here = thread.some(
          (row) => sameRow(names, uuids, row) || (row.body === reply.body && reply.creator !== null && creatorOf(row) === reply.creator),
        );
        if (here) existing.repliesAlreadyHere += 1;
        else existing.repliesNotMerged += 1;
      }
    }
  }
  return existing;
}
