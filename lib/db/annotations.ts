import 'server-only';
// Reads and writes of annotations. Every function takes the signed-in user (or null) and applies
// the rules of lib/annotations/access.ts itself; every write is one transaction, and returns only
// after it has committed. Lists and replies live in the sibling files, re-exported here.
import { assertCanEdit, assertCanModerate, assertCanResolve, inThread, moderates, type Viewer } from '@/lib/annotations/access';
import { randomUUID } from 'node:crypto';
import { checkTargets, isCrossLanguage, type CheckedAnnotationInput, type CheckedTarget } from '@/lib/annotations/check-targets';
import { AnnotationError, assertId, deletedConflict, invalid, notFound, type Issue } from '@/lib/annotations/errors';
import { idTaken, isSameCreate } from '@/lib/annotations/idempotency';
import type { Annotation, Person } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { textKey } from '@/lib/content/text-keys';
import { getDocument } from '@/lib/data/documents';
import { documentContext, documentContexts } from '@/lib/db/annotation-documents';
import { readableBy } from '@/lib/db/annotation-filters';
import { lockAnnotation, lockForEdit } from '@/lib/db/annotation-lock';
import { isMember } from '@/lib/db/group-members';
import { notifyComment, type Notified } from '@/lib/db/notifications';
import { mailNotifications } from '@/lib/mail/notification-mail';
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
  // The visibility rule as SQL (readableBy), so that a note one may not read is never even hydrated.
  const [row] = await readAnnotations(Prisma.sql`a.id = ${id}::uuid AND ${readableBy(viewer)}`, { limit: 1 }, await documentContexts(), viewer);
  if (!row) throw notFound('Annotation');
  return row.annotation;
}

const notYourGroup = (path: string): Issue => ({ path, message: 'groupId is not one of your groups' });

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
  // Sharing with a group is for its members: checked before the write (a membership ended in
  // between leaves the note readable by its author and the group's members only, as any other).
  if (input.groupId && !(await isMember(input.groupId, author.id))) issues.push(notYourGroup('groupId'));
  if (issues.length) throw invalid(issues);

  const id = input.id ?? randomUUID();
  const rows = await db().$queryRaw<{ createdAt: Date }[]>`
    WITH annotation AS (
      INSERT INTO "Annotation" (id, "documentId", "authorId", language, "crossLanguage", color, comment, tags, visibility, "groupId", "updatedAt", "firstSegmentId", "firstStart", "searchText")
      VALUES (${id}::uuid, ${document.documentId}, ${author.id}::uuid, ${input.language}, ${isCrossLanguage(targets)}, ${input.color}, ${input.comment}, ${input.tags}::text[],
        ${fromVisibility(input.visibility)}::"Visibility", ${input.groupId ?? null}::uuid, CURRENT_TIMESTAMP, ${segments[0]!.id}, ${targets[0]!.start},
        accord_search_text(${input.comment}, ${input.tags}::text[], ${targets.map((t) => t.exact)}::text[]))
      ON CONFLICT (id) DO NOTHING
      RETURNING id, "createdAt"
    ), spans AS (
      INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, ordinal, start, "end", exact, prefix, suffix, witness, "textHash")
      -- Checked against the text whose hash the segment holds, the span's own language's text on its
      -- witness: anchored on it where it was made. (The insert trigger cannot look the note's
      -- language up: this statement's annotation is not visible to it.)
      SELECT gen_random_uuid(), annotation.id, span.segment, span.language, span.ordinal - 1, span.start, span."end", span.exact, span.prefix, span.suffix, span.witness,
        (SELECT s."textHashes" ->> span.text FROM "Segment" s WHERE s.id = span.segment)
      FROM annotation, unnest(${segments.map((s) => s.id)}::int[], ${targets.map((t) => t.language)}::text[], ${targets.map((t) => t.start)}::int[],
        ${targets.map((t) => t.end)}::int[], ${targets.map((t) => t.exact)}::text[], ${targets.map((t) => t.prefix)}::text[], ${targets.map((t) => t.suffix)}::text[],
        ${targets.map((t) => t.witness)}::text[], ${targets.map((t) => textKey(t.language, t.witness))}::text[])
        WITH ORDINALITY AS span(segment, language, start, "end", exact, prefix, suffix, witness, text, ordinal)
    )
    SELECT "createdAt" FROM annotation`;
  if (!rows[0]) {
    const [stored] = await readAnnotations(Prisma.sql`a.id = ${id}::uuid`, { limit: 1 }, [document], author);
    if (!stored || !isSameCreate(stored.annotation, author.id, { ...input, targets })) throw idTaken();
    // A retry after the note committed but its mentions did not: told now (never twice).
    await tellMentioned(id, input.comment, author);
    return { annotation: stored.annotation, replayed: true };
  }
  await tellMentioned(id, input.comment, author);
  const createdAt = rows[0].createdAt.toISOString();
  const annotation: Annotation = {
    id,
    documentSlug: slug,
    language: input.language,
    color: input.color,
    comment: input.comment,
    tags: input.tags,
    visibility: input.visibility,
    group: input.groupId ? { id: input.groupId, name: await groupName(input.groupId) } : null,
    groupId: input.groupId ?? null,
    author: { id: author.id, name: author.name },
    createdAt,
    updatedAt: createdAt,
    resolved: false,
    resolvedAt: null,
    resolvedBy: null,
    reopenedAt: null,
    reopenedBy: null,
    hidden: false,
    deleted: false,
    status: 'anchored',
    targets: targets.map((target, i) => ({
      ...target,
      segmentPosition: segments[i]!.position,
      anchor: { status: 'anchored', start: target.start, end: target.end, moved: false },
    })),
    replies: [],
  };
  return { annotation, replayed: false };
}

/** The selection as the server describes it, checked against the current text once. */
function checkedTargets(content: DocumentContent, input: CreateAnnotationInput | CheckedAnnotationInput): CheckedTarget[] {
  if ('checkedAgainst' in input && input.checkedAgainst === content) return input.targets;
  const checked = checkTargets(content, input.language, input.targets);
  if (!checked.ok) throw invalid(checked.issues);
  return checked.targets;
}

/** Those a new note's comment mentions are told, after the note committed (a retry of the create tells the rest). */
async function tellMentioned(annotationId: string, comment: string, actor: { id: string }): Promise<void> {
  if (!comment.includes('@')) return;
  const notified = await db().$transaction((tx) => notifyComment(tx, { annotationId, comment, actor }));
  void mailNotifications(notified);
}

async function groupName(groupId: string): Promise<string> {
  return (await db().group.findUnique({ where: { id: groupId }, select: { name: true } }))?.name ?? '';
}

const authorFields = ['color', 'comment', 'tags', 'visibility', 'groupId'] as const;

/**
 * One PATCH, checked field by field: what the note says and who sees it, by its author; resolved,
 * by its author or a moderator of its group; hidden, by a moderator of its group. Resolving and
 * hiding leave updatedAt alone (it says when the words last changed).
 */
export async function updateAnnotation(id: string, user: { id: string }, input: UpdateAnnotationInput): Promise<Annotation> {
  assertId(id, 'Annotation');
  const { row, viewer, notified } = await db().$transaction(async (tx) => {
    const locked = await lockAnnotation(tx, id, 'update', user);
    const editing = authorFields.some((field) => input[field] !== undefined);
    if (editing) {
      assertCanEdit(locked, user);
      if (locked.deletedAt) throw deletedConflict();
    }
    if (input.resolved !== undefined) assertCanResolve(locked, user);
    if (input.hidden !== undefined) assertCanModerate(locked, user);
    if (!locked) throw notFound('Annotation');
    if (input.visibility !== undefined && input.visibility !== 'private') {
      // A credited note holds someone else's words (an import): sharing them again is their call,
      // not the importer's (lib/export/import-plan.ts).
      if (locked.importedFromId !== null && fromVisibility(input.visibility) !== locked.visibility) {
        throw invalid([{ path: 'visibility', message: 'this note was written by someone else (imported, credited): it stays private to you' }]);
      }
    }
    // The note would reach another audience: another visibility, or another group.
    const movesAudience = input.visibility !== undefined && (input.visibility !== 'group' || input.groupId !== locked.groupId);
    // A hidden note stays where its moderators can see it until they unhide it.
    if (locked.hidden && movesAudience) {
      throw new AnnotationError('conflict', 'A moderator hid this note in its group: it cannot be moved out of the group while hidden.');
    }
    // Members replied for their group: the thread may not carry their words to another audience.
    if (locked.visibility === 'GROUP' && movesAudience && (await tx.reply.count({ where: { annotationId: id, authorId: { not: user.id } } })) > 0) {
      throw new AnnotationError('conflict', 'Others have replied to this note in its group: it stays in the group with their replies.');
    }
    if (input.groupId && input.groupId !== locked.groupId && !(await isMember(input.groupId, user.id, tx))) throw invalid([notYourGroup('groupId')]);
    if (editing) {
      await tx.annotation.update({
        where: { id },
        data: {
          color: input.color,
          comment: input.comment,
          tags: input.tags,
          visibility: input.visibility && fromVisibility(input.visibility),
          groupId: input.visibility && (input.groupId ?? null),
        },
      });
    }
    // Resolving a resolved thread keeps who resolved it and when.
    if (input.resolved === true) {
      await tx.$executeRaw`UPDATE "Annotation" SET "resolvedAt" = ${new Date()}, "resolvedById" = ${user.id}::uuid WHERE id = ${id}::uuid AND "resolvedAt" IS NULL`;
    } else if (input.resolved === false) {
      // Reopening an open thread changes nothing; reopening a resolved one says who and when.
      await tx.$executeRaw`UPDATE "Annotation" SET "resolvedAt" = NULL, "resolvedById" = NULL, "reopenedAt" = ${new Date()}, "reopenedById" = ${user.id}::uuid
        WHERE id = ${id}::uuid AND "resolvedAt" IS NOT NULL`;
    }
    if (input.hidden !== undefined) {
      await tx.$executeRaw`UPDATE "Annotation" SET "hiddenAt" = ${input.hidden ? new Date() : null}, "hiddenById" = ${input.hidden ? user.id : null}::uuid
        WHERE id = ${id}::uuid`;
    }
    const row = await tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
    // A mention written now, or one the note's new audience may now read, is told (once).
    const notified: Notified[] = editing ? await notifyComment(tx, { annotationId: id, comment: row.comment, actor: user }) : [];
    return { row, viewer: { id: user.id, moderates: moderates(locked.viewerRole), inThread: inThread(locked, user) }, notified };
  });
  void mailNotifications(notified);
  return toAnnotation(row, await getDocument(row.document.slug), viewer);
}

/**
 * Deletes an annotation. Without replies it is gone and this returns null. With replies it stays
 * as a placeholder so that the thread survives: comment and tags are cleared and it is marked
 * deleted; this returns the placeholder.
 */
export async function deleteAnnotation(id: string, user: { id: string }): Promise<Annotation | null> {
  assertId(id, 'Annotation');
  const deleted = await db().$transaction(async (tx) => {
    const locked = await lockForEdit(tx, id, user);
    if ((await tx.reply.count({ where: { annotationId: id } })) === 0) {
      await tx.annotation.delete({ where: { id } });
      return null;
    }
    const row = await tx.annotation.update({
      where: { id },
      data: { deletedAt: new Date(), comment: '', tags: [] },
      include: annotationInclude,
    });
    return { row, viewer: { id: user.id, moderates: moderates(locked.viewerRole), inThread: inThread(locked, user) } };
  });
  return deleted && toAnnotation(deleted.row, await getDocument(deleted.row.document.slug), deleted.viewer);
}
