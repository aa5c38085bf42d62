import 'server-only';
// Replies thread under an annotation: anyone signed in who may read the annotation replies; a
// reply is changed or deleted by its own author only. Under a private annotation that is not
// yours, replies do not exist for you (404), like the annotation itself.
import { assertCanEditReply, assertCanRead, canRead } from '@/lib/annotations/access';
import type { Reply } from '@/lib/annotations/types';
import { assertId, deletedConflict, notFound } from '@/lib/annotations/errors';
import { idTaken, isSameReply } from '@/lib/annotations/idempotency';
import { lockAnnotation } from '@/lib/db/annotation-lock';
import { replyInclude, toReply } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CreateReplyInput, ReplyInput } from '@/lib/validations/annotation';

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
    const row = await db().$transaction(async (tx) => {
      const annotation = await lockAnnotation(tx, annotationId, 'share');
      assertCanRead(annotation, user);
      if (annotation.deletedAt) throw deletedConflict();
      return tx.reply.create({ data: { id: input.id, annotationId, authorId: user.id, body: input.body }, include: replyInclude });
    });
    return { reply: { ...toReply(row), annotationId }, replayed: false };
  } catch (error) {
    if (!input.id || (error as { code?: unknown }).code !== 'P2002') throw error;
    const stored = await db().reply.findUnique({ where: { id: input.id }, include: replyInclude });
    const reply = stored && { ...toReply(stored), annotationId: stored.annotationId };
    if (!reply || !isSameReply(reply, user.id, annotationId, input.body)) throw idTaken();
    return { reply, replayed: true };
  }
}

/** One reply, for whoever may read its annotation (404 otherwise, as for the annotation). */
export async function getReply(id: string, viewer: { id: string } | null): Promise<ReplyWithParent> {
  assertId(id, 'Reply');
  const row = await db().reply.findUnique({
    where: { id },
    include: { ...replyInclude, annotation: { select: { authorId: true, visibility: true } } },
  });
  if (!row || !canRead(row.annotation, viewer)) throw notFound('Reply');
  return { ...toReply(row), annotationId: row.annotationId };
}

async function findEditableReply(tx: Prisma.TransactionClient, id: string, user: { id: string }) {
  const reply = await tx.reply.findUnique({
    where: { id },
    select: { authorId: true, annotationId: true, annotation: { select: { authorId: true, visibility: true } } },
  });
  assertCanEditReply(reply, user);
  return reply!;
}

export async function updateReply(id: string, user: { id: string }, input: ReplyInput): Promise<ReplyWithParent> {
  assertId(id, 'Reply');
  const row = await db().$transaction(async (tx) => {
    await findEditableReply(tx, id, user);
    return tx.reply.update({ where: { id }, data: { body: input.body }, include: replyInclude });
  });
  return { ...toReply(row), annotationId: row.annotationId };
}

/** Deletes a reply; the last reply of a deleted annotation takes its placeholder with it. */
export async function deleteReply(id: string, user: { id: string }): Promise<void> {
  assertId(id, 'Reply');
  await db().$transaction(async (tx) => {
    const { annotationId } = await findEditableReply(tx, id, user);
    const annotation = await lockAnnotation(tx, annotationId, 'update');
    await tx.reply.delete({ where: { id } });
    if (annotation?.deletedAt && (await tx.reply.count({ where: { annotationId } })) === 0) {
      await tx.annotation.delete({ where: { id: annotationId } });
    }
  });
}
