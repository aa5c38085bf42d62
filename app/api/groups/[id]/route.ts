import { NextResponse } from 'next/server';
import { readRoute, writeRoute } from '@/lib/api/route';
import { getGroupPage, updateGroup } from '@/lib/db/groups';
import { jsonError } from '@/lib/http';
import { updateGroupSchema } from '@/lib/validations/group';

/** The group's page data, for its members only (404 for anyone else, as if it did not exist). */
export const GET = readRoute<{ id: string }>(async ({ params, user }) =>
  user ? NextResponse.json(await getGroupPage(params.id, user)) : jsonError(404, 'Group was not found.'),
);

/** Its owner renames it or changes its description. */
export const PATCH = writeRoute<{ id: string }, typeof updateGroupSchema>(updateGroupSchema, async ({ params, user, body }) =>
  NextResponse.json(await updateGroup(params.id, user, body)),
);
