import { NextResponse } from 'next/server';
import { readRoute } from '@/lib/api/route';
import { groupMentionCandidates } from '@/lib/db/mentions';
import { jsonError } from '@/lib/http';

/** `{ "people": [{ "id", "name" }] }`: the group's other members, whom a note shared with it may mention. Members only (404 for anyone else). */
export const GET = readRoute<{ id: string }>(async ({ params, user }) =>
  user ? NextResponse.json({ people: await groupMentionCandidates(params.id, user) }) : jsonError(404, 'Group was not found.'),
);
