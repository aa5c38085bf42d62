import 'server-only';
// Imports a W3C Web Annotation file into a document as one user's annotations. The file is
// read and checked whole first (lib/export/import-parse.ts, import-plan.ts); only a file without
// a single problem is written, and then in one transaction: all of it or nothing. What is already
// here (lib/db/import-existing.ts) is left out. A preview runs the same steps and writes nothing,
// so that the reader sees what an import would do before it does it.
import { randomUUID } from 'node:crypto';
import { documentContext } from '@/lib/db/annotation-documents';
import { fromVisibility } from '@/lib/db/annotation-shape';
import { anchorAnnotations } from '@/lib/db/reanchor';
import { db } from '@/lib/db/client';
import { findExisting, orderedTargets, type Existing } from '@/lib/db/import-existing';
import { isCrossLanguage } from '@/lib/annotations/check-targets';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseAnnotationFile, type ImportProblem } from '@/lib/export/import-parse';
import { planImport, skipReasons, type ImportPlan, type PlannedOrigin } from '@/lib/export/import-plan';
import { importItemsMax } from '@/lib/export/limits';
import type { ImportSummary } from '@/lib/export/import-summary';

export type { ImportSummary };

export type ImportResult = ({ ok: true } & ImportSummary) | { ok: false; problems: ImportProblem[] };

type Segments = Map<string, { id: number; position: number }>;

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const chunkSize = 1_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

export async function importAnnotationFile(slug: string, user: { id: string }, file: unknown, { preview = false } = {}): Promise<ImportResult> {
  const document = await documentContext(slug);
  const parsed = parseAnnotationFile(file);
  if (parsed.items.length > importItemsMax) {
    return { ok: false, problems: [{ path: '', message: `the file has ${parsed.items.length} items; at most ${importItemsMax} can be imported at once` }] };
  }
  const planned = planImport(document.content, parsed, user.id);
  const { plan } = planned;
  // Concatenated, not spread into a call: a file can have hundreds of thousands of problems.
  const problems = parsed.problems.concat(planned.problems);
  plan.annotations.forEach((annotation, i) =>
    annotation.targets.forEach((target, j) => {
      const segment = document.segments.get(target.segmentId);
      if (!segment || segment.removed)
        problems.push({ path: `annotations[${i}].targets[${j}]`, message: `segment "${target.segmentId}" is not in the database yet; try again shortly` });
    }),
  );
  if (problems.length) return { ok: false, problems };
  if (preview) {
    const existing = await findExisting(db(), document.documentId, user.id, plan.annotations, document.segments);
    return { ok: true, ...summarise(plan, existing, true) };
  }
  return { ok: true, ...(await writePlan(document, user.id, plan)) };
}

function summarise(plan: ImportPlan, existing: Existing, preview: boolean): ImportSummary {
  const fresh = plan.annotations.filter((annotation) => !existing.annotations.has(annotation));
  const replies = fresh.flatMap((annotation) => annotation.replies);
  const reasons = { ...plan.skippedReasons };
  if (existing.repliesNotMerged) reasons[skipReasons.noteHere] = existing.repliesNotMerged;
  return {
    imported: fresh.length,
    replies: replies.length,
    skippedReplies: plan.skippedReplies + existing.repliesNotMerged,
    skippedDeleted: plan.skippedDeleted,
    preview,
    // A copy of another note in the same file is already here once that one is written.
    alreadyHere: existing.annotations.size + plan.copies,
    credited: fresh.filter((annotation) => annotation.credit).length,
    orphaned: fresh.filter((annotation) => annotation.status === 'orphaned').length,
    uncertain: fresh.filter((annotation) => annotation.status === 'uncertain').length,
    repliesAlreadyHere: existing.repliesAlreadyHere,
    creditedReplies: replies.filter((reply) => reply.credit).length,
    skippedReasons: Object.entries(reasons).map(([reason, count]) => ({ reason, count })),
  };
}

/** The provenance columns of an imported row. */
function provenance(origin: PlannedOrigin) {
  return {
    via: origin.sourceId,
    importedFromId: origin.credit?.id ?? null,
    importedFromCreator: origin.credit?.creatorId ?? null,
    importedFromCreatorName: origin.credit?.creatorName ?? null,
    importedFromCreated: origin.credit?.created ? new Date(origin.credit.created) : null,
  };
}

function rowsOf(documentId: number, segments: Segments, authorId: string, plan: ImportPlan, existing: Existing) {
  const annotations: Prisma.AnnotationCreateManyInput[] = [];
  const targets: Prisma.AnnotationTargetCreateManyInput[] = [];
  const replies: Prisma.ReplyCreateManyInput[] = [];
  for (const input of plan.annotations) {
    if (existing.annotations.has(input)) continue;
    const id = randomUUID();
    // Text order, as the reader's selections are stored (the list pages by the first span).
    const ordered = orderedTargets(input, segments);
    const first = ordered[0]!;
    annotations.push({
      id,
      documentId,
      authorId,
      language: input.language,
      crossLanguage: isCrossLanguage(ordered),
      color: input.color,
      comment: input.comment,
      tags: input.tags,
      visibility: fromVisibility(input.visibility),
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
      firstSegmentId: segments.get(first.segmentId)!.id,
      firstStart: first.start,
      ...provenance(input),
    });
    ordered.forEach((target, ordinal) =>
      targets.push({
        annotationId: id,
        ordinal,
        segmentId: segments.get(target.segmentId)!.id,
        language: target.language,
        start: target.start,
        end: target.end,
        exact: target.exact,
        prefix: target.prefix,
        suffix: target.suffix,
        witness: target.witness ?? 'default',
      }),
    );
    for (const reply of input.replies) {
      replies.push({ annotationId: id, authorId, body: reply.body, createdAt: reply.createdAt, updatedAt: reply.updatedAt, ...provenance(reply) });
    }
  }
  return { annotations, targets, replies };
}

async function writePlan(document: Awaited<ReturnType<typeof documentContext>>, authorId: string, plan: ImportPlan): Promise<ImportSummary> {
  const { documentId, segments } = document;
  return db().$transaction(
    async (tx) => {
      // One import per reader and document at a time: two imports of the same file sent together
      // would each find the other's notes missing and write them twice.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`accord-import:${authorId}:${documentId}`}, 0))`;
      const existing = await findExisting(tx, documentId, authorId, plan.annotations, segments);
      const rows = rowsOf(documentId, segments, authorId, plan, existing);
      for (const chunk of chunks(rows.annotations)) await tx.annotation.createMany({ data: chunk });
      for (const chunk of chunks(rows.targets)) await tx.annotationTarget.createMany({ data: chunk });
      for (const chunk of chunks(rows.replies)) await tx.reply.createMany({ data: chunk });
      // Spans kept as exported (orphans, uncertain ones) get their state in this text.
      await anchorAnnotations(
        tx,
        document.content,
        rows.annotations.map((annotation) => annotation.id!),
      );
      return summarise(plan, existing, false);
    },
    // A 20 MB file is tens of thousands of rows: more than the default five seconds.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
