import 'server-only';
// The users table as sign-in and sign-up need it. The rules (who may sign in, what a valid
// account is) live in lib/auth; these are only the reads and writes.
import { db } from '@/lib/db/client';

const account = { id: true, name: true, email: true, sessionVersion: true } as const;

export type UserAccount = { id: string; name: string; email: string; sessionVersion: number };

export function findUserForSignIn(email: string): Promise<(UserAccount & { passwordHash: string | null }) | null> {
  return db().user.findUnique({ where: { email }, select: { ...account, passwordHash: true } });
}

/** Creates a user, or returns null when the email is taken (decided by the unique index). */
export async function insertUser(data: { email: string; name: string; passwordHash: string }): Promise<UserAccount | null> {
  try {
    return await db().user.create({ data, select: account });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') return null;
    throw error;
  }
}

export async function findOAuthUser(provider: string, providerAccountId: string): Promise<UserAccount | null> {
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: account } },
  });
  return linked?.user ?? null;
}

export async function emailTaken(email: string): Promise<boolean> {
  return (await db().user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

export function insertOAuthUser(data: { email: string; name: string; provider: string; providerAccountId: string }): Promise<UserAccount> {
  const { provider, providerAccountId, ...user } = data;
  return db().user.create({ data: { ...user, accounts: { create: { provider, providerAccountId } } }, select: account });
}
