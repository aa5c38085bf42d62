import 'server-only';
// Imports a W3C Web Annotation file into a document as one user's annotations. The file is
// read and checked whole first (lib/export/import-parse.ts, import-plan.ts); only a file without
// a single problem is written, and then in one transaction: all of it or nothing.
import { randomUUID } from 'node:crypto';
import { documentContext } from '@/lib/db/annotation-documents';
import { fromVisibility } from '@/lib/db/annotation-shape';
import { anchorAnnotations } from '@/lib/db/reanchor';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseAnnotationFile, type ImportProblem } from '@/lib/export/import-parse';
import { planImport, type ImportPlan } from '@/lib/export/import-plan';

export type ImportSummary = { imported: number; replies: number; skippedReplies: number; skippedDeleted: number };
export type ImportResult = ({ ok: true } & ImportSummary) | { ok: false; problems: ImportProblem[] };

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const chunkSize = 1_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

export async function importAnnotationFile(slug: string, user: { id: string }, file: unknown): Promise<ImportResult> {
  const document = await documentContext(slug);
  const parsed = parseAnnotationFile(file);
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
  const written = await writePlan(document.documentId, document.segments, user.id, plan);
  // Spans kept as exported (orphans, uncertain ones) get their state in this text.
  await anchorAnnotations(db(), document.content, written.ids);
  return { ok: true, ...written.summary };
}

async function writePlan(
  documentId: number,
  segments: Map<string, { id: number; position: number }>,
  authorId: string,
  plan: ImportPlan,
): Promise<{ summary: ImportSummary; ids: string[] }> {
  const annotations: Prisma.AnnotationCreateManyInput[] = [];
  const targets: Prisma.AnnotationTargetCreateManyInput[] = [];
  const replies: Prisma.ReplyCreateManyInput[] = [];
  for (const input of plan.annotations) {
    const id = randomUUID();
    // Text order, as the reader's selections are stored (the list pages by the first span).
    const ordered = [...input.targets].sort((a, b) => segments.get(a.segmentId)!.position - segments.get(b.segmentId)!.position || a.start - b.start);
    const first = ordered[0]!;
    annotations.push({
      id,
      documentId,
      authorId,
      language: input.language,
      color: input.color,
      comment: input.comment,
      tags: input.tags,
      visibility: fromVisibility(input.visibility),
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
      firstSegmentId: segments.get(first.segmentId)!.id,
      firstStart: first.start,
    });
    ordered.forEach((target, ordinal) =>
      targets.push({
        annotationId: id,
        ordinal,
        segmentId: segments.get(target.segmentId)!.id,
        start: target.start,
        end: target.end,
        exact: target.exact,
        prefix: target.prefix,
        suffix: target.suffix,
      }),
    );
    for (const reply of input.replies) replies.push({ annotationId: id, authorId, body: reply.body, createdAt: reply.createdAt, updatedAt: reply.updatedAt });
  }
  await db().$transaction(
    async (tx) => {
      for (const rows of chunks(annotations)) await tx.annotation.createMany({ data: rows });
      for (const rows of chunks(targets)) await tx.annotationTarget.createMany({ data: rows });
      for (const rows of chunks(replies)) await tx.reply.createMany({ data: rows });
    },
    // A 20 MB file is tens of thousands of rows: more than the default five seconds.
    { timeout: 120_000, maxWait: 10_000 },
  );
  return {
    summary: { imported: annotations.length, replies: replies.length, skippedReplies: plan.skippedReplies, skippedDeleted: plan.skippedDeleted },
    ids: annotations.map((a) => a.id!),
  };
}
