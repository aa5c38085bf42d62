// OAuth sign-ins (GitHub, ...) become our own users: the first sign-in writes a User and its
// Account row; later ones find the user through the Account. No adapter package: these few
// lines are all next-auth v4 with JWT sessions needs.
import { emailSchema } from '@/lib/auth/credentials';
import type { AuthorizedUser } from '@/lib/auth/credentials';
import { emailTaken, findOAuthUser, insertOAuthUser } from '@/lib/db/users';

export type OAuthIdentity = { provider: string; providerAccountId: string; email?: string | null; name?: string | null };

export class OAuthSignInError extends Error {
  constructor(readonly code: 'OAuthNoEmail' | 'OAuthAccountNotLinked') {
    super(code);
    this.name = 'OAuthSignInError';
  }
}

export async function userForOAuth(identity: OAuthIdentity): Promise<AuthorizedUser> {
  const linked = await findOAuthUser(identity.provider, identity.providerAccountId);
  if (linked) return linked;

  const email = emailSchema.safeParse(identity.email ?? '');
  if (!email.success) throw new OAuthSignInError('OAuthNoEmail');
  // An existing account with this email is not linked silently: the provider's email may not be
  // verified, and linking would hand that account to whoever controls the OAuth identity.
  if (await emailTaken(email.data)) {
    throw new OAuthSignInError('OAuthAccountNotLinked');
  }
  const name = identity.name?.trim().slice(0, 100) || email.data.split('@')[0] || email.data;
  return insertOAuthUser({ email: email.data, name, provider: identity.provider, providerAccountId: identity.providerAccountId });
}
