import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { joinByInvite } from '@/lib/db/group-invites';
import { joinGroupSchema } from '@/lib/validations/group';

/** 201 when the invite made the caller a member, 200 when they were one already; 404 for a wrong, revoked or expired invite. */
export const POST = writeRoute<Record<string, string>, typeof joinGroupSchema>(joinGroupSchema, async ({ user, body }) => {
  const { group, joined } = await joinByInvite(body.invite, user);
  return NextResponse.json(group, { status: joined ? 201 : 200 });
});
