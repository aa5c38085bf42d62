import 'server-only';
// Invitation links. A token is 32 random bytes (base64url) shown once, when the invite is made;
// the table keeps only its SHA-256, so that reading the table (a backup, a leak) lets no one in.
// An invite works until it is revoked or expires; "rotate" revokes the group's working invites
// and makes a new one, in one transaction.
import { createHash, randomBytes } from 'node:crypto';
import { AnnotationError } from '@/lib/annotations/errors';
import { db } from '@/lib/db/client';
import { assertRole } from '@/lib/db/group-members';
import type { Prisma } from '@/lib/generated/prisma/client';
import { joinPathOf, toRole, type GroupInvite, type GroupSummary } from '@/lib/groups/types';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const expiryOf = (days: number | undefined) => (days ? new Date(Date.now() + days * 86_400_000) : null);

/** A new invite of `groupId`, written with `client` (the caller's transaction). */
export async function makeInvite(client: Prisma.TransactionClient, groupId: string, expiresInDays?: number): Promise<GroupInvite> {
  const token = randomBytes(32).toString('base64url');
  const row = await client.groupInvite.create({
    data: { groupId, tokenHash: hashToken(token), expiresAt: expiryOf(expiresInDays) },
    select: { id: true, expiresAt: true },
  });
  return { id: row.id, invite: token, joinPath: joinPathOf(token), expiresAt: row.expiresAt?.toISOString() ?? null };
}

/**
 * Makes a new invite: by default it replaces the group's working invites (they stop working at
 * once); with `keepOthers`, they go on working beside it, each revoked on its own.
 */
export async function rotateInvite(groupId: string, user: { id: string }, expiresInDays?: number, keepOthers = false): Promise<GroupInvite> {
  return db().$transaction(async (tx) => {
    await assertRole(tx, groupId, user.id, ['OWNER', 'MODERATOR']);
    if (!keepOthers) await tx.groupInvite.updateMany({ where: { groupId, revokedAt: null }, data: { revokedAt: new Date() } });
    return makeInvite(tx, groupId, expiresInDays);
  });
}

/** Revokes one invite (or, without `inviteId`, every working one): nobody joins by it any more. */
export async function revokeInvites(groupId: string, user: { id: string }, inviteId?: string): Promise<number> {
  return db().$transaction(async (tx) => {
    await assertRole(tx, groupId, user.id, ['OWNER', 'MODERATOR']);
    const { count } = await tx.groupInvite.updateMany({
      where: { groupId, revokedAt: null, ...(inviteId ? { id: inviteId } : {}) },
      data: { revokedAt: new Date() },
    });
    return count;
  });
}

const badInvite = () => new AnnotationError('not-found', 'This invitation is not valid: it may have been revoked or have expired. Ask for a new link.');

/**
 * Joins the group an invite names. `joined` is false when the reader was in it already (and
 * nothing changed). A wrong, revoked or expired invite is a 404, the same for each, so that the
 * answer says nothing about which tokens once existed.
 */
export async function joinByInvite(token: string, user: { id: string }): Promise<{ group: GroupSummary; joined: boolean }> {
  return db().$transaction(async (tx) => {
    const invite = await tx.groupInvite.findUnique({ where: { tokenHash: hashToken(token) }, select: { groupId: true, revokedAt: true, expiresAt: true } });
    if (!invite || invite.revokedAt || (invite.expiresAt && invite.expiresAt <= new Date())) throw badInvite();
    const { count } = await tx.membership.createMany({ data: [{ groupId: invite.groupId, userId: user.id, role: 'MEMBER' }], skipDuplicates: true });
    const group = await tx.group.findUniqueOrThrow({
      where: { id: invite.groupId },
      select: { id: true, name: true, description: true, createdAt: true, _count: { select: { memberships: true } } },
    });
    const membership = await tx.membership.findUniqueOrThrow({ where: { userId_groupId: { userId: user.id, groupId: group.id } }, select: { role: true } });
    return {
      joined: count === 1,
      group: {
        id: group.id,
        name: group.name,
        description: group.description,
        role: toRole(membership.role),
        memberCount: group._count.memberships,
        createdAt: group.createdAt.toISOString(),
      },
    };
  });
}

/** The group a working invite names, for the join page to say what the reader is joining (null for any other token). */
export async function groupOfInvite(token: string): Promise<{ id: string; name: string; description: string; memberCount: number } | null> {
  const invite = await db().groupInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      revokedAt: true,
      expiresAt: true,
      group: { select: { id: true, name: true, description: true, _count: { select: { memberships: true } } } },
    },
  });
  if (!invite || invite.revokedAt || (invite.expiresAt && invite.expiresAt <= new Date())) return null;
  const { id, name, description, _count } = invite.group;
  return { id, name, description, memberCount: _count.memberships };
}
