import 'server-only';
// Row locks that keep a thread whole under concurrent requests. Deleting an annotation counts its
// replies and then removes or keeps it; without a lock a reply committed in between would be
// removed with it (acknowledged, then lost). So deletion takes FOR UPDATE, and creating a reply
// takes FOR SHARE on the parent: the two wait for each other, replies do not wait for replies.
import { Prisma } from '@/lib/generated/prisma/client';
import { assertCanEdit, type AccessFields } from '@/lib/annotations/access';
import { deletedConflict } from '@/lib/annotations/errors';

export type LockedAnnotation = AccessFields & { id: string; deletedAt: Date | null; importedFromId: string | null };

export async function lockAnnotation(tx: Prisma.TransactionClient, id: string, mode: 'update' | 'share'): Promise<LockedAnnotation | null> {
  const rows = await tx.$queryRaw<LockedAnnotation[]>`
    SELECT id::text AS id, "authorId"::text AS "authorId", visibility::text AS visibility, "deletedAt", "importedFromId"
    FROM "Annotation" WHERE id = ${id}::uuid
    FOR ${Prisma.raw(mode === 'update' ? 'UPDATE' : 'SHARE')}`;
  return rows[0] ?? null;
}

/** The annotation `user` is about to change, locked FOR UPDATE: theirs to edit, and not deleted. */
export async function lockForEdit(tx: Prisma.TransactionClient, id: string, user: { id: string }): Promise<LockedAnnotation> {
  const locked = await lockAnnotation(tx, id, 'update');
  assertCanEdit(locked, user);
  if (locked.deletedAt) throw deletedConflict();
  return locked;
}
