import 'server-only';
// Reads and writes of annotations. Every function takes the signed-in user (or null) and applies
// the rules of lib/annotations/access.ts itself; every write is one transaction, and returns only
// after it has committed. Lists and replies live in the sibling files, re-exported here.
import { assertCanEdit, assertCanRead, type Viewer } from '@/lib/annotations/access';
import { checkTargets } from '@/lib/annotations/check-targets';
import { assertId, deletedConflict, invalid, type Issue } from '@/lib/annotations/errors';
import type { Annotation } from '@/lib/annotations/types';
import { getDocument } from '@/lib/data/documents';
import { documentContext } from '@/lib/db/annotation-documents';
import { lockAnnotation } from '@/lib/db/annotation-lock';
import { annotationInclude, fromVisibility, toAnnotation } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '@/lib/validations/annotation';

export type { Viewer } from '@/lib/annotations/access';
export { listAnnotations } from '@/lib/db/annotation-lists';
export { iterateAnnotations } from '@/lib/db/annotation-iterate';
export type { AnnotationList, AnnotationCounts } from '@/lib/annotations/types';
export { createReply, getReply, updateReply, deleteReply } from '@/lib/db/annotation-replies';

export async function getAnnotation(id: string, viewer: Viewer): Promise<Annotation> {
  assertId(id, 'Annotation');
  const row = await db().annotation.findUnique({ where: { id }, include: annotationInclude });
  assertCanRead(row, viewer);
  return toAnnotation(row, await getDocument(row.document.slug));
}

export async function createAnnotation(slug: string, author: { id: string }, input: CreateAnnotationInput): Promise<Annotation> {
  const document = await documentContext(slug);
  const checked = checkTargets(document.content, input.language, input.targets);
  if (!checked.ok) throw invalid(checked.issues);
  const issues: Issue[] = [];
  const segmentIds = checked.targets.map((target, i) => {
    const segment = document.segments.get(target.segmentId);
    if (!segment || segment.removed) issues.push({ path: `targets.${i}.segmentId`, message: `segment "${target.segmentId}" is not in the database yet; try again shortly` });
    return segment?.id ?? -1;
  });
  if (issues.length) throw invalid(issues);
  const [first] = checked.targets;

  const row = await db().annotation.create({
    data: {
      documentId: document.documentId,
      authorId: author.id,
      language: input.language,
      color: input.color,
      comment: input.comment,
      tags: input.tags,
      visibility: fromVisibility(input.visibility),
      firstSegmentId: segmentIds[0]!,
      firstStart: first!.start,
      targets: {
        create: checked.targets.map((target, ordinal) => ({
          ordinal,
          segmentId: segmentIds[ordinal]!,
          start: target.start,
          end: target.end,
          exact: target.exact,
          prefix: target.prefix,
          suffix: target.suffix,
        })),
      },
    },
    include: annotationInclude,
  });
  return toAnnotation(row, document.content);
}

export async function updateAnnotation(id: string, user: { id: string }, input: UpdateAnnotationInput): Promise<Annotation> {
  assertId(id, 'Annotation');
  const row = await db().$transaction(async (tx) => {
    const locked = await lockAnnotation(tx, id, 'update');
    assertCanEdit(locked, user);
    if (locked.deletedAt) throw deletedConflict();
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
    const locked = await lockAnnotation(tx, id, 'update');
    assertCanEdit(locked, user);
    if (locked.deletedAt) throw deletedConflict();
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
