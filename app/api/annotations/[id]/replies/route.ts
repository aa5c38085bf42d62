import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { replayedHeader, requestedId } from '@/lib/annotations/idempotency';
import { renderedReply } from '@/lib/annotations/rendered';
import { createReplyOnce } from '@/lib/db/annotations';
import { createReplySchema } from '@/lib/validations/annotation';

// A repeated reply (same id or Idempotency-Key, same body) answers as the first did, and says so.
export const POST = writeRoute<{ id: string }, typeof createReplySchema>(createReplySchema, async ({ request, params, user, body }) => {
  const { reply, replayed } = await createReplyOnce(params.id, user, { ...body, id: requestedId(request, user.id, body.id) });
  return NextResponse.json(renderedReply(reply), { status: 201, headers: replayed ? replayedHeader : {} });
});
