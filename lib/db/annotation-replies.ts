import 'server-only';
// Replies thread under an annotation: anyone signed in who may read the annotation replies; a
// reply is changed or deleted by its own author only, and hidden or unhidden by a moderator of
// the annotation's group. Under an annotation you may not read, replies do not exist for you
// (404), like the annotation itself; nor does a reply a moderator hid, unless you wrote it.
import { assertCanEditReply, assertCanModerate, assertCanReply, canReadReply, type AccessFields, type Viewer } from '@/lib/annotations/access';
import type { Reply } from '@/lib/annotations/types';
import { assertId, deletedConflict, notFound } from '@/lib/annotations/errors';
import { idTaken, isSameReply } from '@/lib/annotations/idempotency';
import { viewerRoleIn } from '@/lib/db/annotation-filters';
import { lockAnnotation } from '@/lib/db/annotation-lock';
import { notifyReply } from '@/lib/db/notifications';
import { mailNotifications } from '@/lib/mail/notification-mail';
import { replyInclude, toReply } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CreateReplyInput, UpdateReplyInput } from '@/lib/validations/annotation';

export type ReplyWithParent = Reply & { annotationId: string };

export async function createReply(annotationId: string, user: { id: string }, input: CreateReplyInput): Promise<ReplyWithParent> {
  return (await createReplyOnce(annotationId, user, input)).reply;
}

/**
 * With a client-chosen `id` that is already taken, nothing is written: a repeat of the same reply
 * by the same author answers with the stored one (`replayed`), anything else is a conflict.
 */
export async function createReplyOnce(
  annotationId: string,
  user: { id: string },
  input: CreateReplyInput,
): Promise<{ reply: ReplyWithParent; replayed: boolean }> {
  assertId(annotationId, 'Annotation');
  try {
    const { row, notified } = await db().$transaction(async (tx) => {
      const annotation = await lockAnnotation(tx, annotationId, 'share', user);
      assertCanReply(annotation, user);
      if (annotation.deletedAt) throw deletedConflict();
      const row = await tx.reply.create({ data: { id: input.id, annotationId, authorId: user.id, body: input.body }, include: replyInclude });
      const written = { annotationId, annotationAuthorId: annotation.authorId, replyId: row.id, body: input.body, actor: user };
      return { row, notified: await notifyReply(tx, written) };
    });
    // After the commit, and not waited for.
    void mailNotifications(notified);
    return { reply: { ...toReply(row), annotationId }, replayed: false };
  } catch (error) {
    if (!input.id || (error as { code?: unknown }).code !== 'P2002') throw error;
    const stored = await db().reply.findUnique({ where: { id: input.id }, include: replyInclude });
    const reply = stored && { ...toReply(stored), annotationId: stored.annotationId };
    if (!reply || !isSameReply(reply, user.id, annotationId, input.body)) throw idTaken();
    return { reply, replayed: true };
  }
}

type ReplyAccess = { authorId: string; annotationId: string; hidden: boolean; annotation: AccessFields };

/** What the access rules need to judge `viewer`'s request about a reply (its annotation's fields, their role in its group). */
async function replyAccess(client: Prisma.TransactionClient, id: string, viewer: Viewer): Promise<ReplyAccess | null> {
  type Row = { authorId: string; annotationId: string; hidden: boolean; annotationAuthorId: string; annotationHidden: boolean } & Pick<
    AccessFields,
    'visibility' | 'viewerRole'
  >;
  const rows = await client.$queryRaw<Row[]>`
    SELECT r."authorId"::text AS "authorId", r."annotationId"::text AS "annotationId", r."hiddenAt" IS NOT NULL AS hidden,
      a."authorId"::text AS "annotationAuthorId", a.visibility::text AS visibility, a."hiddenAt" IS NOT NULL AS "annotationHidden",
      ${viewerRoleIn(viewer)} AS "viewerRole"
    FROM "Reply" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE r.id = ${id}::uuid`;
  const row = rows[0];
  if (!row) return null;
  return {
    authorId: row.authorId,
    annotationId: row.annotationId,
    hidden: row.hidden,
    annotation: { authorId: row.annotationAuthorId, visibility: row.visibility, hidden: row.annotationHidden, viewerRole: row.viewerRole },
  };
}

/** One reply, for whoever may read it (404 otherwise, as for the annotation). */
export async function getReply(id: string, viewer: Viewer): Promise<ReplyWithParent> {
  assertId(id, 'Reply');
  const access = await replyAccess(db(), id, viewer);
  if (!access || !canReadReply(access, viewer)) throw notFound('Reply');
  const row = await db().reply.findUniqueOrThrow({ where: { id }, include: replyInclude });
  return { ...toReply(row), annotationId: row.annotationId };
}

async function findEditableReply(tx: Prisma.TransactionClient, id: string, user: { id: string }) {
  const reply = await replyAccess(tx, id, user);
  assertCanEditReply(reply, user);
  return reply!;
}

/** Its author changes the body; a moderator of the group hides or unhides it (updatedAt left alone). */
export async function updateReply(id: string, user: { id: string }, input: UpdateReplyInput): Promise<ReplyWithParent> {
  assertId(id, 'Reply');
  const row = await db().$transaction(async (tx) => {
    if ('body' in input) {
      await findEditableReply(tx, id, user);
      return tx.reply.update({ where: { id }, data: { body: input.body }, include: replyInclude });
    }
    const access = await replyAccess(tx, id, user);
    if (!access || !canReadReply(access, user)) throw notFound('Reply');
    assertCanModerate(access.annotation, user);
    await tx.$executeRaw`UPDATE "Reply" SET "hiddenAt" = ${input.hidden ? new Date() : null}, "hiddenById" = ${input.hidden ? user.id : null}::uuid
      WHERE id = ${id}::uuid`;
    return tx.reply.findUniqueOrThrow({ where: { id }, include: replyInclude });
  });
  return { ...toReply(row), annotationId: row.annotationId };
}

/** Deletes a reply; the last reply of a deleted annotation takes its placeholder with it. */
export async function deleteReply(id: string, user: { id: string }): Promise<void> {
  assertId(id, 'Reply');
  await db().$transaction(async (tx) => {
    const { annotationId } = await findEditableReply(tx, id, user);
    const annotation = await lockAnnotation(tx, annotationId, 'update', user);
    await tx.reply.delete({ where: { id } });
    if (annotation?.deletedAt && (await tx.reply.count({ where: { annotationId } })) === 0) {
      await tx.annotation.delete({ where: { id: annotationId } });
    }
  });
}
