import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authEnv } from '@/lib/env';
import { findSessionUser, type SessionUser } from '@/lib/auth/session-user';

export type { SessionUser };

// next-auth's cookie, with the __Secure- prefix on https; a long token is split into .0, .1, …
const cookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

function sessionToken(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  for (const name of cookieNames) {
    const whole = jar.get(name)?.value;
    if (whole) return whole;
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return chunks.map((chunk) => chunk.value).join('');
  }
  return undefined;
}

/**
 * The signed-in user, or null. Works in route handlers, Server Components and Server Actions.
 * It decrypts the JWT with next-auth's own decoder and checks its session version (a JWT cannot
 * be revoked, a session version can), rather than running next-auth's whole session handler,
 * which also re-encrypts a token on every call only to throw it away. A database that is away
 * makes this throw, so that the caller answers 503 rather than trust an unchecked token.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const token = sessionToken(await cookies());
  if (!token) return null;
  const secret = authEnv().NEXTAUTH_SECRET ?? '';
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims?.uid || claims.sessionVersion === undefined) return null;
  return findSessionUser({ id: claims.uid, sessionVersion: claims.sessionVersion });
}
