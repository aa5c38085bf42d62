import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { markRead } from '@/lib/db/notifications';
import { markReadSchema } from '@/lib/notifications/types';

// `{ "ids": [...] }` or `{ "all": true }`: only the reader's own notifications are touched.
export const POST = writeRoute(markReadSchema, async ({ user, body }) => NextResponse.json({ unread: await markRead(user, body) }));
