import 'server-only';
// An account as its owner manages it (lib/auth/account.ts holds the rules): its password, and
// its deletion. Sessions are ended through lib/db/sessions.ts so that every process forgets them.
import { db } from '@/lib/db/client';
import { forgetSessions } from '@/lib/db/sessions';
import { Prisma } from '@/lib/generated/prisma/client';

export type OwnAccount = { id: string; name: string; email: string; hasPassword: boolean };

export async function findOwnAccount(userId: string): Promise<OwnAccount | null> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, passwordHash: true } });
  return row && { id: row.id, name: row.name, email: row.email, hasPassword: row.passwordHash !== null };
}

export async function passwordHashOf(userId: string): Promise<string | null> {
  return (await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

/**
 * Sets a new password hash and ends every session (the version is bumped in the same statement);
 * returns the new session version, for the session that asked to carry on with.
 */
export async function replacePassword(userId: string, passwordHash: string): Promise<number> {
  const { sessionVersion } = await db().user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await forgetSessions(userId);
  return sessionVersion;
}

/**
 * Who kept notes and replies are shown under once their author has gone: one row, made on first
 * need. Its email is no address at all, so no one can sign up or sign in as it.
 */
export const formerReader = { id: '00000000-0000-4000-8000-00000000f0e1', email: '(a former reader)', name: 'a former reader' } as const;

export type KeptNotes = 'none' | 'shared';

/**
 * Each group the user owns passes to its longest-standing moderator (or, with none, member), so
 * that no group is left without an owner. A group with no one else in it is deleted with its
 * notes, which no one could read any more; a note a former member wrote in it stays theirs,
 * private.
 */
async function handOverGroups(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  // The old owner steps down first: the unique index allows one owner per group.
  const owned = await tx.$queryRaw<{ groupId: string }[]>`
    UPDATE "Membership" SET role = 'MEMBER' WHERE "userId" = ${userId}::uuid AND role = 'OWNER' RETURNING "groupId"::text AS "groupId"`;
  if (!owned.length) return;
  await tx.$executeRaw`
    UPDATE "Membership" m SET role = 'OWNER'
    FROM (
      SELECT DISTINCT ON (o."groupId") o."groupId", o."userId" FROM "Membership" o
      WHERE o."groupId" = ANY(${owned.map((g) => g.groupId)}::uuid[]) AND o."userId" <> ${userId}::uuid
      ORDER BY o."groupId", (o.role = 'MODERATOR') DESC, o."joinedAt", o."userId"
    ) heir
    WHERE m."groupId" = heir."groupId" AND m."userId" = heir."userId"`;
  const empty = Prisma.sql`SELECT g.id FROM "Group" g WHERE g.id = ANY(${owned.map((g) => g.groupId)}::uuid[])
    AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."groupId" = g.id AND o."userId" <> ${userId}::uuid)`;
  await tx.$executeRaw`
    UPDATE "Annotation" SET visibility = 'PRIVATE', "groupId" = NULL
    WHERE "groupId" IN (${empty}) AND "authorId" NOT IN (${userId}::uuid, ${formerReader.id}::uuid)`;
  await tx.$executeRaw`DELETE FROM "Group" WHERE id IN (${empty})`;
}

/**
 * Deletes the user, their sessions and what they chose not to keep. Notes that others replied to
 * always stay, as a deleted note's thread does (lib/db/annotations.ts deleteAnnotation): emptied,
 * under "a former reader", with the others' replies. With `keep: 'shared'` their shared notes and
 * their replies on shared notes stay as they are, under "a former reader" too.
 */
export async function deleteUser(userId: string, keep: KeptNotes): Promise<void> {
  await db().$transaction(async (tx) => {
    // Locks their notes, as deleting one note does: a reply committed after the count below would
    // otherwise be lost with its note.
    await tx.$queryRaw`SELECT id FROM "Annotation" WHERE "authorId" = ${userId}::uuid FOR UPDATE`;
    await tx.user.upsert({ where: { id: formerReader.id }, create: { ...formerReader }, update: {} });
    const toFormer = { authorId: formerReader.id };
    const repliedByOthers: Prisma.AnnotationWhereInput = { replies: { some: { authorId: { not: userId } } } };

    if (keep === 'shared') {
      // Notes shared with a group are shared too: they stay with the group's discussion.
      const sharedWithOthers: Prisma.AnnotationWhereInput = { visibility: { in: ['SHARED', 'GROUP'] } };
      await tx.annotation.updateMany({ where: { authorId: userId, ...sharedWithOthers }, data: toFormer });
      await tx.reply.updateMany({ where: { authorId: userId, annotation: sharedWithOthers }, data: toFormer });
    }
    await handOverGroups(tx, userId);
    // Whatever is left of theirs that others replied to becomes a placeholder of its thread.
    await tx.annotation.updateMany({
      where: { authorId: userId, deletedAt: null, ...repliedByOthers },
      data: { ...toFormer, deletedAt: new Date(), comment: '', tags: [] },
    });
    await tx.annotation.updateMany({ where: { authorId: userId, ...repliedByOthers }, data: toFormer });
    // The rest goes with the user: their other notes, replies and sign-in identities (cascades).
    await tx.user.delete({ where: { id: userId } });
  });
  await forgetSessions(userId);
}
