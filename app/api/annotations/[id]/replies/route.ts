import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { renderedReply } from '@/lib/annotations/rendered';
import { createReply } from '@/lib/db/annotations';
import { replySchema } from '@/lib/validations/annotation';

export const POST = writeRoute<{ id: string }, typeof replySchema>(replySchema, async ({ params, user, body }) =>
  NextResponse.json(renderedReply(await createReply(params.id, user, body)), { status: 201 }),
);
