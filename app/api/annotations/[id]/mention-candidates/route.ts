import { NextResponse } from 'next/server';
import { readRoute } from '@/lib/api/route';
import { mentionCandidates } from '@/lib/db/mentions';
import { jsonError } from '@/lib/http';

// Who the `@` of a reply under this note may suggest: for a signed-in reader who may read the note.
export const GET = readRoute<{ id: string }>(async ({ params, user }) => {
  if (!user) return jsonError(401, 'Sign in to do this.');
  return NextResponse.json({ people: await mentionCandidates(params.id, user) });
});
