import { NextResponse } from 'next/server';
import { readRoute } from '@/lib/api/route';
import { unreadCount } from '@/lib/db/notifications';
import { jsonError } from '@/lib/http';

export const GET = readRoute(async ({ user }) => {
  if (!user) return jsonError(401, 'Sign in to do this.');
  return NextResponse.json({ unread: await unreadCount(user) });
});
