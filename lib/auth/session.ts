import 'server-only';
import { hkdfSync } from 'node:crypto';
import { jwtDecrypt } from 'jose';
import { cookies } from 'next/headers';
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

// next-auth's session JWT is a JWE under a key it derives from the secret with HKDF on every
// decode (about a millisecond, most of a request's own work); the key is derived here once. Its
// parameters are next-auth's (next-auth/jwt getDerivedEncryptionKey); session.test.ts decodes
// tokens that next-auth's own encode made, so a change there fails a test rather than sign-ins.
let derived: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    derived = { secret, key: new Uint8Array(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32)) };
  }
  return derived.key;
}

async function decode(token: string, secret: string): Promise<Record<string, unknown> | null> {
  try {
    return (await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 })).payload;
  } catch {
    return null;
  }
}

/**
 * The signed-in user, or null. Works in route handlers, Server Components and Server Actions.
 * It decrypts the JWT and checks its session version (a JWT cannot be revoked, a session version
 * can), rather than running next-auth's whole session handler,
 * which also re-encrypts a token on every call only to throw it away. A database that is away
 * makes this throw, so that the caller answers 503 rather than trust an unchecked token.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  // findSessionUser parses the claims (a uuid and a whole number) before it trusts them.
  return findSessionUser({ id: claims.uid, sessionVersion: claims.sessionVersion });
}

/**
 * What this request's session token says, unchecked: never enough to act on, but while the
 * database is away it tells a signed-in reader from a visitor (the header names them rather
 * than offering to sign in).
 */
export async function sessionClaims(): Promise<Record<string, unknown> | null> {
  const token = sessionToken(await cookies());
  if (!token) return null;
  return decode(token, authEnv().NEXTAUTH_SECRET ?? '');
}
