import { NextResponse } from 'next/server';
import { readRoute, writeRoute } from '@/lib/api/route';
import { renderedReply } from '@/lib/annotations/rendered';
import { deleteReply, getReply, updateReply } from '@/lib/db/annotations';
import { updateReplySchema } from '@/lib/validations/annotation';

// A reply's IRI in a JSON-LD export is this address: it answers with the reply to whoever may read it.
export const GET = readRoute<{ id: string }>(async ({ params, user }) => NextResponse.json(renderedReply(await getReply(params.id, user))));

export const PATCH = writeRoute<{ id: string }, typeof updateReplySchema>(updateReplySchema, async ({ params, user, body }) =>
  NextResponse.json(renderedReply(await updateReply(params.id, user, body))),
);

export const DELETE = writeRoute<{ id: string }, null>(null, async ({ params, user }) => {
  await deleteReply(params.id, user);
  return new Response(null, { status: 204 });
});
