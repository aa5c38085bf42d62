import 'server-only';
// Reads and writes of annotations. Every function takes the signed-in user (or null) and applies
// the rules of lib/annotations/access.ts itself; every write is one transaction, and returns only
// after it has committed. Lists and replies live in the sibling files, re-exported here.
import { assertCanRead, type Viewer } from '@/lib/annotations/access';
import { randomUUID } from 'node:crypto';
import type { SpanSelector } from '@/lib/anchoring';
import { checkTargets, type CheckedAnnotationInput } from '@/lib/annotations/check-targets';
import { assertId, invalid, type Issue } from '@/lib/annotations/errors';
import { idTaken, isSameCreate } from '@/lib/annotations/idempotency';
import type { Annotation, Person } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { getDocument } from '@/lib/data/documents';
import { documentContext, documentContexts } from '@/lib/db/annotation-documents';
import { lockForEdit } from '@/lib/db/annotation-lock';
import { annotationInclude, fromVisibility, toAnnotation } from '@/lib/db/annotation-shape';
import { readAnnotations } from '@/lib/db/annotation-rows';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '@/lib/validations/annotation';

export type { Viewer } from '@/lib/annotations/access';
export { listAnnotations } from '@/lib/db/annotation-lists';
export { iterateAnnotations } from '@/lib/db/annotation-iterate';
export type { AnnotationList, AnnotationCounts } from '@/lib/annotations/types';
export { createReply, createReplyOnce, getReply, updateReply, deleteReply } from '@/lib/db/annotation-replies';

export async function getAnnotation(id: string, viewer: Viewer): Promise<Annotation> {
  assertId(id, 'Annotation');
  const [row] = await readAnnotations(Prisma.sql`a.id = ${id}::uuid`, { limit: 1 }, await documentContexts());
  const annotation = row?.annotation;
  assertCanRead(annotation ? { authorId: annotation.author.id, visibility: fromVisibility(annotation.visibility) } : null, viewer);
  return annotation!;
}

export async function createAnnotation(slug: string, author: Person, input: CreateAnnotationInput | CheckedAnnotationInput): Promise<Annotation> {
  return (await createAnnotationOnce(slug, author, input)).annotation;
}

/**
 * One statement: the annotation and its targets are inserted together (a data-modifying WITH is
 * atomic, so no transaction has to be opened around it), and the answer is built from what was
 * validated and what the insert returned, not read back. With a client-chosen `id` already in
 * the table, nothing is inserted (ON CONFLICT DO NOTHING, waiting for a concurrent insert of
 * that id to commit or roll back): the row is read, and a repeat of the same create by the same
 * author answers with it (`replayed`), anything else is a conflict.
 */
export async function createAnnotationOnce(
  slug: string,
  author: Person,
  input: CreateAnnotationInput | CheckedAnnotationInput,
): Promise<{ annotation: Annotation; replayed: boolean }> {
  let document = await documentContext(slug);
  const targets = checkedTargets(document.content, input);
  // Content synced since this process cached the rows: look once more before refusing.
  if (targets.some((target) => !document.segments.get(target.segmentId))) document = await documentContext(slug, { fresh: true });
  const issues: Issue[] = [];
  const segments = targets.map((target, i) => {
    const segment = document.segments.get(target.segmentId);
    if (!segment || segment.removed)
      issues.push({ path: `targets.${i}.segmentId`, message: `segment "${target.segmentId}" is not in the database yet; try again shortly` });
    return segment ?? { id: -1, position: -1, removed: true };
  });
  if (issues.length) throw invalid(issues);

  const id = input.id ?? randomUUID();
  const rows = await db().$queryRaw<{ createdAt: Date }[]>`
    WITH annotation AS (
      INSERT INTO "Annotation" (id, "documentId", "authorId", language, color, comment, tags, visibility, "updatedAt", "firstSegmentId", "firstStart", "searchText")
      VALUES (${id}::uuid, ${document.documentId}, ${author.id}::uuid, ${input.language}, ${input.color}, ${input.comment}, ${input.tags}::text[],
        ${fromVisibility(input.visibility)}::"Visibility", CURRENT_TIMESTAMP, ${segments[0]!.id}, ${targets[0]!.start},
        accord_search_text(${input.comment}, ${input.tags}::text[], ${targets.map((t) => t.exact)}::text[]))
      ON CONFLICT (id) DO NOTHING
      RETURNING id, "createdAt"
    ), spans AS (
      INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, prefix, suffix, "textHash")
      -- Checked against the text whose hash the segment holds: anchored on it where it was made.
      -- (The insert trigger cannot look the language up: this statement's annotation is not visible to it.)
      SELECT gen_random_uuid(), annotation.id, span.segment, span.ordinal - 1, span.start, span."end", span.exact, span.prefix, span.suffix,
        (SELECT s."textHashes" ->> ${input.language} FROM "Segment" s WHERE s.id = span.segment)
      FROM annotation, unnest(${segments.map((s) => s.id)}::int[], ${targets.map((t) => t.start)}::int[], ${targets.map((t) => t.end)}::int[],
        ${targets.map((t) => t.exact)}::text[], ${targets.map((t) => t.prefix)}::text[], ${targets.map((t) => t.suffix)}::text[])
        WITH ORDINALITY AS span(segment, start, "end", exact, prefix, suffix, ordinal)
    )
    SELECT "createdAt" FROM annotation`;
  if (!rows[0]) {
    const [stored] = await readAnnotations(Prisma.sql`a.id = ${id}::uuid`, { limit: 1 }, [document]);
    if (!stored || !isSameCreate(stored.annotation, author.id, { ...input, targets })) throw idTaken();
    return { annotation: stored.annotation, replayed: true };
  }
  const createdAt = rows[0].createdAt.toISOString();
  const annotation: Annotation = {
    id,
    documentSlug: slug,
    language: input.language,
    color: input.color,
    comment: input.comment,
    tags: input.tags,
    visibility: input.visibility,
    author: { id: author.id, name: author.name },
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    status: 'anchored',
    targets: targets.map((target, i) => ({
      ...target,
      segmentPosition: segments[i]!.position,
      language: input.language,
      anchor: { status: 'anchored', start: target.start, end: target.end, moved: false },
    })),
    replies: [],
  };
  return { annotation, replayed: false };
}

/** The selection as the server describes it, checked against the current text once. */
function checkedTargets(content: DocumentContent, input: CreateAnnotationInput | CheckedAnnotationInput): SpanSelector[] {
  if ('checkedAgainst' in input && input.checkedAgainst === content) return input.targets;
  const checked = checkTargets(content, input.language, input.targets);
  if (!checked.ok) throw invalid(checked.issues);
  return checked.targets;
}

export async function updateAnnotation(id: string, user: { id: string }, input: UpdateAnnotationInput): Promise<Annotation> {
  assertId(id, 'Annotation');
  const row = await db().$transaction(async (tx) => {
    const locked = await lockForEdit(tx, id, user);
    // A credited note holds someone else's words (an import): publishing them again is their call,
    // not the importer's (lib/export/import-plan.ts).
    if (input.visibility === 'shared' && locked.importedFromId !== null && locked.visibility !== 'SHARED') {
      throw invalid([{ path: 'visibility', message: 'this note was written by someone else (imported, credited): it stays private to you' }]);
    }
    return tx.annotation.update({
      where: { id },
      data: {
        color: input.color,
        comment: input.comment,
        tags: input.tags,
        visibility: input.visibility && fromVisibility(input.visibility),
      },
      include: annotationInclude,
    });
  });
  return toAnnotation(row, await getDocument(row.document.slug));
}

/**
 * Deletes an annotation. Without replies it is gone and this returns null. With replies it stays
 * as a placeholder so that the thread survives: comment and tags are cleared and it is marked
 * deleted; this returns the placeholder.
 */
export async function deleteAnnotation(id: string, user: { id: string }): Promise<Annotation | null> {
  assertId(id, 'Annotation');
  const row = await db().$transaction(async (tx) => {
    await lockForEdit(tx, id, user);
    if ((await tx.reply.count({ where: { annotationId: id } })) === 0) {
      await tx.annotation.delete({ where: { id } });
      return null;
    }
    return tx.annotation.update({
      where: { id },
      data: { deletedAt: new Date(), comment: '', tags: [] },
      include: annotationInclude,
    });
  });
  return row && toAnnotation(row, await getDocument(row.document.slug));
}
