import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { findSessionUser, type SessionUser } from '@/lib/auth/session-user';

export type { SessionUser };

/**
 * The signed-in user, or null. Works in route handlers, Server Components and Server Actions.
 * The session callback (lib/auth/options.ts) has checked the token against the database: a JWT
 * cannot be revoked, a session version can. Where it could not (the database was away), this
 * asks again, so that the caller answers 503 rather than trusting an unchecked token.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user) return null;
  const { id, name, email, sessionVersion } = session.user;
  if (session.checked) return { id, name, email };
  return findSessionUser({ id, sessionVersion });
}
