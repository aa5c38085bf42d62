// The embedded database gets a demo account so that a fresh laptop can sign in at once.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';

export const demoUser = { email: 'demo@accord.local', name: 'Demo Reader', password: 'accord-demo-2002' } as const;

/** Creates the demo account if missing; returns true when it was created now. */
export async function ensureDemoUser(prisma: PrismaClient): Promise<boolean> {
  const existing = await prisma.user.findUnique({ where: { email: demoUser.email } });
  if (existing) return false;
  await prisma.user.create({
    data: { email: demoUser.email, name: demoUser.name, passwordHash: await hashPassword(demoUser.password) },
  });
  return true;
}
