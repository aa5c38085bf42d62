import 'server-only';
// Reading groups: made by a reader (its owner), joined by invitation, listed for their members.
// A group one is not in does not exist for them (404), like a private note.
import { assertId } from '@/lib/annotations/errors';
import { readableBy } from '@/lib/db/annotation-filters';
import { db } from '@/lib/db/client';
import { makeInvite } from '@/lib/db/group-invites';
import { assertRole } from '@/lib/db/group-members';
import { Prisma } from '@/lib/generated/prisma/client';
import { excerptOf } from '@/lib/markdown/plain-text';
import { toRole, type CreatedGroup, type GroupNote, type GroupPage, type GroupSummary } from '@/lib/groups/types';
import type { CreateGroupInput, UpdateGroupInput } from '@/lib/validations/group';

/** Made with its owner and a first invite, in one transaction. */
export async function createGroup(user: { id: string }, input: CreateGroupInput): Promise<CreatedGroup> {
  return db().$transaction(async (tx) => {
    const group = await tx.group.create({
      data: { name: input.name, description: input.description, memberships: { create: { userId: user.id, role: 'OWNER' } } },
      select: { id: true, name: true, description: true, createdAt: true },
    });
    const invite = await makeInvite(tx, group.id, input.expiresInDays);
    return {
      id: group.id,
      name: group.name,
      description: group.description,
      role: 'owner',
      memberCount: 1,
      createdAt: group.createdAt.toISOString(),
      invite: invite.invite,
      inviteId: invite.id,
      joinPath: invite.joinPath,
      expiresAt: invite.expiresAt,
    };
  });
}

const summarySelect = {
  role: true,
  group: { select: { id: true, name: true, description: true, createdAt: true, _count: { select: { memberships: true } } } },
} as const;

type SummaryRow = Prisma.MembershipGetPayload<{ select: typeof summarySelect }>;

const toSummary = ({ role, group }: SummaryRow): GroupSummary => ({
  id: group.id,
  name: group.name,
  description: group.description,
  role: toRole(role),
  memberCount: group._count.memberships,
  createdAt: group.createdAt.toISOString(),
});

/** The reader's groups, by name. */
export async function listGroups(user: { id: string }): Promise<GroupSummary[]> {
  const rows = await db().membership.findMany({ where: { userId: user.id }, select: summarySelect });
  return rows.map(toSummary).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** What the group's page shows: its members by role, its invites (to moderators and its owner) and its latest notes the reader may read. */
export async function getGroupPage(groupId: string, user: { id: string }, { notes = 20 } = {}): Promise<GroupPage> {
  assertId(groupId, 'Group');
  const role = await assertRole(db(), groupId, user.id, ['OWNER', 'MODERATOR', 'MEMBER']);
  const manages = role !== 'MEMBER';
  const [membership, members, invites, recentNotes] = await Promise.all([
    db().membership.findUniqueOrThrow({ where: { userId_groupId: { userId: user.id, groupId } }, select: summarySelect }),
    db().membership.findMany({ where: { groupId }, select: { role: true, joinedAt: true, user: { select: { id: true, name: true } } } }),
    manages ? db().groupInvite.findMany({ where: { groupId }, orderBy: { createdAt: 'desc' }, take: 20 }) : null,
    recentGroupNotes(groupId, user, notes),
  ]);
  const order = { OWNER: 0, MODERATOR: 1, MEMBER: 2 };
  const now = new Date();
  return {
    ...toSummary(membership),
    members: members
      .sort((a, b) => order[a.role] - order[b.role] || a.user.name.localeCompare(b.user.name))
      .map((m) => ({ id: m.user.id, name: m.user.name, role: toRole(m.role), joinedAt: m.joinedAt.toISOString() })),
    invites:
      invites?.map((i) => ({
        id: i.id,
        createdAt: i.createdAt.toISOString(),
        expiresAt: i.expiresAt?.toISOString() ?? null,
        revokedAt: i.revokedAt?.toISOString() ?? null,
        active: i.revokedAt === null && (i.expiresAt === null || i.expiresAt > now),
      })) ?? null,
    recentNotes,
  };
}

/** The group's latest notes across documents, newest first, through the one visibility rule. */
async function recentGroupNotes(groupId: string, viewer: { id: string }, limit: number): Promise<GroupNote[]> {
  const rows = await db().$queryRaw<(Omit<GroupNote, 'author' | 'createdAt'> & { authorId: string; authorName: string; createdAt: Date })[]>`
    SELECT a.id::text AS id, d.slug AS "documentSlug", d.title AS "documentTitle", u.id::text AS "authorId", u.name AS "authorName",
      a.comment AS excerpt, a."createdAt", a."resolvedAt" IS NOT NULL AS resolved, a."hiddenAt" IS NOT NULL AS hidden
    FROM "Annotation" a JOIN "Document" d ON d.id = a."documentId" JOIN "User" u ON u.id = a."authorId"
    WHERE a."groupId" = ${groupId}::uuid AND a."deletedAt" IS NULL AND ${readableBy(viewer)}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map(({ authorId, authorName, createdAt, excerpt, ...note }) => ({
    ...note,
    // The comment's words, from the same parse as its rendered view, not its Markdown.
    excerpt: excerptOf(excerpt, 200),
    author: { id: authorId, name: authorName },
    createdAt: createdAt.toISOString(),
  }));
}

/** Its owner renames it or changes its description. */
export async function updateGroup(groupId: string, user: { id: string }, input: UpdateGroupInput): Promise<GroupSummary> {
  return db().$transaction(async (tx) => {
    await assertRole(tx, groupId, user.id, ['OWNER']);
    await tx.group.update({ where: { id: groupId }, data: { name: input.name, description: input.description } });
    return toSummary(await tx.membership.findUniqueOrThrow({ where: { userId_groupId: { userId: user.id, groupId } }, select: summarySelect }));
  });
}
