import 'server-only';
// next-auth's session cookie, written by us where next-auth is not involved: after a password
// change ends every session, the session that made the change gets a token carrying the new
// session version (else it would end too); deleting an account clears it. The token is next-auth's
// own (next-auth/jwt encode), with the claims our jwt callback gives it (lib/auth/options.ts).
import { encode } from 'next-auth/jwt';
import type { cookies } from 'next/headers';
import { authEnv } from '@/lib/env';

type Jar = Awaited<ReturnType<typeof cookies>>;

// next-auth's default session life.
const maxAgeSeconds = 30 * 24 * 60 * 60;
const anySessionCookie = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** next-auth's choice: the __Secure- name when the app's URL is https. */
function cookieName(): { name: string; secure: boolean } {
  const secure = authEnv().NEXTAUTH_URL?.startsWith('https://') ?? false;
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

export function clearSessionCookies(jar: Jar): void {
  for (const { name } of jar.getAll()) {
    if (anySessionCookie.test(name)) jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
}

export async function setSessionCookie(jar: Jar, user: { id: string; name: string; email: string }, sessionVersion: number): Promise<void> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, name: user.name, email: user.email, sessionVersion },
    secret: authEnv().NEXTAUTH_SECRET ?? '',
    maxAge: maxAgeSeconds,
  });
  const { name, secure } = cookieName();
  clearSessionCookies(jar);
  jar.set(name, token, { path: '/', maxAge: maxAgeSeconds, httpOnly: true, sameSite: 'lax', secure });
}
