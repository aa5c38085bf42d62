import { NextResponse } from 'next/server';
import { parseWith, readRoute, searchParamsOf } from '@/lib/api/route';
import { listInbox } from '@/lib/db/notifications';
import { jsonError } from '@/lib/http';
import { inboxQuerySchema } from '@/lib/notifications/types';

export const GET = readRoute(async ({ request, user }) => {
  if (!user) return jsonError(401, 'Sign in to do this.');
  return NextResponse.json(await listInbox(user, parseWith(inboxQuerySchema, searchParamsOf(request))));
});
