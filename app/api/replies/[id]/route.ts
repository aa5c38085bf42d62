import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { deleteReply, updateReply } from '@/lib/db/annotations';
import { replySchema } from '@/lib/validations/annotation';

export const PATCH = writeRoute<{ id: string }, typeof replySchema>(replySchema, async ({ params, user, body }) =>
  NextResponse.json(await updateReply(params.id, user, body)),
);

export const DELETE = writeRoute<{ id: string }, null>(null, async ({ params, user }) => {
  await deleteReply(params.id, user);
  return new Response(null, { status: 204 });
});
