import { NextResponse } from 'next/server';
import { readRoute, writeRoute } from '@/lib/api/route';
import { createGroup, listGroups } from '@/lib/db/groups';
import { jsonError } from '@/lib/http';
import { createGroupSchema } from '@/lib/validations/group';

/** The caller's groups (an array), each with their role in it. */
export const GET = readRoute(async ({ user }) => (user ? NextResponse.json(await listGroups(user)) : jsonError(401, 'Sign in to see your groups.')));

/** 201 with the group and its first invite (the token, shown this once, and the join link holding it); the creator owns it. */
export const POST = writeRoute<Record<string, string>, typeof createGroupSchema>(createGroupSchema, async ({ user, body }) => {
  const group = await createGroup(user, body);
  return NextResponse.json(group, { status: 201, headers: { location: `/api/groups/${group.id}` } });
});
