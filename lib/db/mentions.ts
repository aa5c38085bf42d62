import 'server-only';
// Who may be mentioned in a thread: the members of its group for a group's note; otherwise the
// readers who took part in it (its author and those who replied). Only people who take part in
// the thread (inThreadOf: who may read the note, and for a group's note its members now, asked
// for each of them) are offered or told, so that a mention never shows a note or its talk to
// someone it was not shared with, nor to an author who has left the group.
import { notFound } from '@/lib/annotations/errors';
import type { Viewer } from '@/lib/annotations/access';
import { assertId } from '@/lib/annotations/errors';
import type { Person } from '@/lib/annotations/types';
import { inThreadOf } from '@/lib/db/annotation-filters';
import { assertRole } from '@/lib/db/group-members';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

type Client = Prisma.TransactionClient;

/** Of `userIds`, those who take part in the annotation's thread now (inThreadOf). */
export async function whoTakePart(client: Client, annotationId: string, userIds: readonly string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const checks = userIds.map(
    (id) => Prisma.sql`SELECT ${id}::text AS id WHERE EXISTS (SELECT 1 FROM "Annotation" a WHERE a.id = ${annotationId}::uuid AND ${inThreadOf({ id })})`,
  );
  const rows = await client.$queryRaw<{ id: string }[]>`${Prisma.join(checks, ' UNION ALL ')}`;
  return rows.map((row) => row.id);
}

/** Everyone who may be mentioned in the thread (the asker too), or null when `viewer` may not read it. */
async function threadPeople(client: Client, annotationId: string, viewer: Viewer): Promise<Person[] | null> {
  const rows = await client.$queryRaw<{ id: string; name: string; readable: boolean }[]>`
    SELECT u.id::text AS id, u.name, TRUE AS readable
    FROM "Annotation" a
    CROSS JOIN LATERAL (
      SELECT a."authorId" AS id
      UNION SELECT m."userId" FROM "Membership" m WHERE a.visibility = 'GROUP' AND m."groupId" = a."groupId"
      UNION SELECT r."authorId" FROM "Reply" r WHERE r."annotationId" = a.id AND a.visibility <> 'GROUP'
    ) p
    JOIN "User" u ON u.id = p.id
    WHERE a.id = ${annotationId}::uuid AND ${inThreadOf(viewer)}
    ORDER BY u.name, u.id`;
  // The author is always there: no rows means the asker may not read the note.
  if (!rows.length) return null;
  const readers = new Set(
    await whoTakePart(
      client,
      annotationId,
      rows.map((row) => row.id),
    ),
  );
  return rows.filter((row) => readers.has(row.id)).map(({ id, name }) => ({ id, name }));
}

/** The people `viewer` may mention in the thread of an annotation (404 for one they may not read). */
export async function mentionCandidates(annotationId: string, viewer: { id: string }, client: Client = db()): Promise<Person[]> {
  assertId(annotationId, 'Annotation');
  const people = await threadPeople(client, annotationId, viewer);
  if (!people) throw notFound('Annotation');
  return people.filter((person) => person.id !== viewer.id);
}

/**
 * The people a member may mention in a note they are about to share with the group: its other
 * members (a non-member is answered 404, as for the group itself). Those told are still asked of
 * the saved note (lib/db/notifications.ts notifyComment).
 */
export async function groupMentionCandidates(groupId: string, viewer: { id: string }, client: Client = db()): Promise<Person[]> {
  await assertRole(client, groupId, viewer.id, ['OWNER', 'MODERATOR', 'MEMBER']);
  const rows = await client.membership.findMany({
    where: { groupId, userId: { not: viewer.id } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
  });
  return rows.map(({ user }) => ({ id: user.id, name: user.name }));
}
