import 'server-only';
// Who is in which group, as the other data functions ask it.
import type { GroupRole } from '@/lib/annotations/access';
import { AnnotationError, assertId, notFound } from '@/lib/annotations/errors';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

/** `userId`'s role in the group, or null when they are not (or no longer) in it. */
export async function roleIn(groupId: string, userId: string, client: Prisma.TransactionClient = db()): Promise<GroupRole | null> {
  const membership = await client.membership.findUnique({ where: { userId_groupId: { userId, groupId } }, select: { role: true } });
  return membership?.role ?? null;
}

export async function isMember(groupId: string, userId: string, client: Prisma.TransactionClient = db()): Promise<boolean> {
  return (await roleIn(groupId, userId, client)) !== null;
}

/**
 * Asserts that `userId` holds one of `roles` in the group: a non-member is answered "not found"
 * (a group one is not in does not exist for them), a member without the role "forbidden".
 */
export async function assertRole(client: Prisma.TransactionClient, groupId: string, userId: string, roles: GroupRole[]): Promise<GroupRole> {
  assertId(groupId, 'Group');
  const role = await roleIn(groupId, userId, client);
  if (!role) throw notFound('Group');
  if (!roles.includes(role)) throw new AnnotationError('forbidden', `Only the group's ${roles.map((r) => r.toLowerCase()).join(' or ')} may do this.`);
  return role;
}
