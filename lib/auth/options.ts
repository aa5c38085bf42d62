import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { endSessions } from '@/lib/db/sessions';
import { authEnv } from '@/lib/env';
import { authorizeCredentials } from '@/lib/auth/credentials';
import { OAuthSignInError, userForOAuth } from '@/lib/auth/oauth';
import { clientAddress, RateLimitedError } from '@/lib/auth/rate-limit';
import { findSessionUser } from '@/lib/auth/session-user';
import { signInErrorCode } from '@/lib/auth/sign-in-errors';

function providers(): NextAuthOptions['providers'] {
  const { GITHUB_ID, GITHUB_SECRET } = authEnv();
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        try {
          return await authorizeCredentials(credentials, clientAddress(request.headers ?? {}));
        } catch (error) {
          // next-auth puts a thrown message into the error URL: only our codes go there, never internals.
          if (error instanceof RateLimitedError) throw new Error(signInErrorCode.rateLimited(error.retryAfterSeconds));
          if (isDatabaseUnavailable(error)) throw new Error(signInErrorCode.unavailable);
          throw error;
        }
      },
    }),
  ];
  // OAuth stays off unless both of its settings are present.
  if (GITHUB_ID && GITHUB_SECRET) list.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  return list;
}

function buildOptions(): NextAuthOptions {
  return {
    secret: authEnv().NEXTAUTH_SECRET,
    // The Credentials provider needs JWT sessions; lib/auth/session.ts checks each one's
    // sessionVersion against the database, which is how sessions are ended.
    session: { strategy: 'jwt' },
    pages: { signIn: '/signin', error: '/signin' },
    providers: providers(),
    callbacks: {
      async signIn({ account, user }) {
        if (account?.type !== 'oauth') return true;
        try {
          await userForOAuth({ provider: account.provider, providerAccountId: account.providerAccountId, email: user.email, name: user.name });
          return true;
        } catch (error) {
          if (error instanceof OAuthSignInError) return `/signin?error=${error.code}`;
          throw error;
        }
      },
      async jwt({ token, user, account }) {
        if (!account) return token;
        const signedIn =
          account.type === 'oauth'
            ? await userForOAuth({ provider: account.provider, providerAccountId: account.providerAccountId })
            : (user as unknown as { id: string; name: string; email: string; sessionVersion: number });
        return { ...token, sub: signedIn.id, uid: signedIn.id, name: signedIn.name, email: signedIn.email, sessionVersion: signedIn.sessionVersion };
      },
      // /api/auth/session and getServerSession both come through here, so a token whose session
      // was ended (sign-out, password change) or whose user is gone shows no user anywhere. A
      // session that cannot be checked is not an ended one: whenever this throws, next-auth
      // clears the cookie (JWT_SESSION_ERROR), signing the reader out for an outage. So nothing
      // is thrown: the token's claims pass unchecked (no `checked`), and getSessionUser checks
      // them again before any read or write of theirs (503 while the database is away).
      async session({ session, token }) {
        if (!token.uid || token.sessionVersion === undefined) return { ...session, user: undefined };
        const claims = { id: token.uid, sessionVersion: token.sessionVersion };
        try {
          const user = await findSessionUser(claims);
          return user ? { ...session, user: { ...user, sessionVersion: claims.sessionVersion }, checked: true } : { ...session, user: undefined };
        } catch (error) {
          if (!isDatabaseUnavailable(error)) console.error('session check failed; the session is kept unchecked', error);
          return { ...session, user: { id: claims.id, name: token.name ?? '', email: token.email ?? '', sessionVersion: claims.sessionVersion } };
        }
      },
    },
    events: {
      // Ends this user's sessions everywhere: every JWT carrying the old version stops working.
      async signOut({ token }) {
        if (token?.uid) await endSessions(token.uid);
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
/** next-auth's options, built on first use so that `next build` needs no runtime settings. */
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}
