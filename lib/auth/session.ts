import 'server-only';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db/client';
import { authOptions } from '@/lib/auth/options';
import { findSessionUser, type SessionUser } from '@/lib/auth/session-user';

export type { SessionUser };

/**
 * The signed-in user, or null. Works in route handlers, Server Components and Server Actions.
 * Checks the database every time: a JWT cannot be revoked, a session version can.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user) return null;
  return findSessionUser(db(), { id: session.user.id, sessionVersion: session.user.sessionVersion });
}
