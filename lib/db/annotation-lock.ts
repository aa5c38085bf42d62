import 'server-only';
// Row locks that keep a thread whole under concurrent requests. Deleting an annotation counts its
// replies and then removes or keeps it; without a lock a reply committed in between would be
// removed with it (acknowledged, then lost). So deletion takes FOR UPDATE, and creating a reply
// takes FOR SHARE on the parent: the two wait for each other, replies do not wait for replies.
import { Prisma } from '@/lib/generated/prisma/client';
import { assertCanEdit, type AccessFields, type Viewer } from '@/lib/annotations/access';
import { deletedConflict } from '@/lib/annotations/errors';
import { viewerRoleIn } from '@/lib/db/annotation-filters';

export type LockedAnnotation = AccessFields & { id: string; groupId: string | null; deletedAt: Date | null; importedFromId: string | null };

/** The annotation locked, with what the access rules need to judge `viewer`'s request. */
export async function lockAnnotation(tx: Prisma.TransactionClient, id: string, mode: 'update' | 'share', viewer: Viewer): Promise<LockedAnnotation | null> {
  const rows = await tx.$queryRaw<LockedAnnotation[]>`
    SELECT a.id::text AS id, a."authorId"::text AS "authorId", a.visibility::text AS visibility, a."groupId"::text AS "groupId",
      a."hiddenAt" IS NOT NULL AS hidden, ${viewerRoleIn(viewer)} AS "viewerRole", a."deletedAt", a."importedFromId"
    FROM "Annotation" a WHERE a.id = ${id}::uuid
    FOR ${Prisma.raw(mode === 'update' ? 'UPDATE OF a' : 'SHARE OF a')}`;
  return rows[0] ?? null;
}

/** The annotation `user` is about to change, locked FOR UPDATE: theirs to edit, and not deleted. */
export async function lockForEdit(tx: Prisma.TransactionClient, id: string, user: { id: string }): Promise<LockedAnnotation> {
  const locked = await lockAnnotation(tx, id, 'update', user);
  assertCanEdit(locked, user);
  if (locked.deletedAt) throw deletedConflict();
  return locked;
}
