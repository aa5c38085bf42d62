import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { revokeInvites, rotateInvite } from '@/lib/db/group-invites';
import { newInviteSchema } from '@/lib/validations/group';

/** A new invite (201, its token shown this once), replacing the working ones unless `keepOthers`. Owner or moderators. */
export const POST = writeRoute<{ id: string }, typeof newInviteSchema>(newInviteSchema, async ({ params, user, body }) =>
  NextResponse.json(await rotateInvite(params.id, user, body.expiresInDays, body.keepOthers), { status: 201 }),
);

/** Revokes every working invite of the group: 204, and no link joins it until a new one is made. */
export const DELETE = writeRoute<{ id: string }, null>(null, async ({ params, user }) => {
  await revokeInvites(params.id, user);
  return new Response(null, { status: 204 });
});
