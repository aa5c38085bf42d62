// OAuth sign-ins (GitHub, ...) become our own users: the first sign-in writes a User and its
// Account row; later ones find the user through the Account. No adapter package: these few
// lines are all next-auth v4 with JWT sessions needs.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { emailSchema } from '@/lib/auth/credentials';
import type { AuthorizedUser } from '@/lib/auth/credentials';

export type OAuthIdentity = { provider: string; providerAccountId: string; email?: string | null; name?: string | null };

export class OAuthSignInError extends Error {
  constructor(readonly code: 'OAuthNoEmail' | 'OAuthAccountNotLinked') {
    super(code);
    this.name = 'OAuthSignInError';
  }
}

export async function userForOAuth(prisma: PrismaClient, identity: OAuthIdentity): Promise<AuthorizedUser> {
  const select = { id: true, name: true, email: true, sessionVersion: true } as const;
  const linked = await prisma.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select } },
  });
  if (linked) return linked.user;

  const email = emailSchema.safeParse(identity.email ?? '');
  if (!email.success) throw new OAuthSignInError('OAuthNoEmail');
  // An existing account with this email is not linked silently: the provider's email may not be
  // verified, and linking would hand that account to whoever controls the OAuth identity.
  if (await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } })) {
    throw new OAuthSignInError('OAuthAccountNotLinked');
  }
  const name = identity.name?.trim().slice(0, 100) || email.data.split('@')[0] || email.data;
  return prisma.user.create({
    data: { email: email.data, name, accounts: { create: { provider: identity.provider, providerAccountId: identity.providerAccountId } } },
    select,
  });
}
