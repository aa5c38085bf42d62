import 'server-only';
// Membership changes. A group always has exactly one owner (a unique index holds it): the owner
// hands ownership over before leaving, and becomes a moderator by doing so. Leaving or being
// removed ends reading the group's notes at once: the visibility rule looks membership up on
// every read (lib/db/annotation-filters.ts). One's own notes in the group stay one's own.
import { AnnotationError, assertId, notFound } from '@/lib/annotations/errors';
import { db } from '@/lib/db/client';
import { assertRole, roleIn } from '@/lib/db/group-members';
import type { Role } from '@/lib/groups/types';
import { fromRole } from '@/lib/groups/types';

const ownerStays = () => new AnnotationError('conflict', 'The owner cannot leave or be removed: hand ownership over to another member first.');

export async function leaveGroup(groupId: string, user: { id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const role = await assertRole(tx, groupId, user.id, ['OWNER', 'MODERATOR', 'MEMBER']);
    if (role === 'OWNER') throw ownerStays();
    await tx.membership.delete({ where: { userId_groupId: { userId: user.id, groupId } } });
  });
}

/** The owner removes anyone else; a moderator removes members (not other moderators). */
export async function removeMember(groupId: string, user: { id: string }, memberId: string): Promise<void> {
  assertId(memberId, 'Member');
  await db().$transaction(async (tx) => {
    const role = await assertRole(tx, groupId, user.id, ['OWNER', 'MODERATOR']);
    const theirs = await roleIn(groupId, memberId, tx);
    if (!theirs) throw notFound('Member');
    if (theirs === 'OWNER') throw ownerStays();
    if (role === 'MODERATOR' && theirs !== 'MEMBER') throw new AnnotationError('forbidden', 'Only the owner may remove a moderator.');
    await tx.membership.delete({ where: { userId_groupId: { userId: memberId, groupId } } });
  });
}

/** The owner makes a member a moderator, or a moderator a member again. */
export async function setRole(groupId: string, user: { id: string }, memberId: string, role: Exclude<Role, 'owner'>): Promise<void> {
  assertId(memberId, 'Member');
  await db().$transaction(async (tx) => {
    await assertRole(tx, groupId, user.id, ['OWNER']);
    const theirs = await roleIn(groupId, memberId, tx);
    if (!theirs) throw notFound('Member');
    if (theirs === 'OWNER') throw new AnnotationError('conflict', 'The owner’s role changes only by handing ownership over.');
    await tx.membership.update({ where: { userId_groupId: { userId: memberId, groupId } }, data: { role: fromRole(role) } });
  });
}

/** The owner hands the group to another member, and stays as a moderator. */
export async function transferOwnership(groupId: string, user: { id: string }, memberId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await assertRole(tx, groupId, user.id, ['OWNER']);
    if (memberId === user.id) throw new AnnotationError('conflict', 'You own this group already.');
    if (!(await roleIn(groupId, memberId, tx))) throw notFound('Member');
    // The old owner steps down first: the unique index allows one owner at a time.
    await tx.membership.update({ where: { userId_groupId: { userId: user.id, groupId } }, data: { role: 'MODERATOR' } });
    await tx.membership.update({ where: { userId_groupId: { userId: memberId, groupId } }, data: { role: 'OWNER' } });
  });
}
