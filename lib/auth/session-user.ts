// The database half of a session check, apart from next-auth so that it can be tested
// against a real database: a JWT only counts while its user exists and its session
// version is current (sign-out and password changes bump the version).
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export type SessionUser = { id: string; name: string; email: string };

/** What the JWT carries about its user (see the jwt callback in lib/auth/options.ts). */
export const sessionClaimsSchema = z.object({
  id: z.uuid(),
  sessionVersion: z.number().int().min(0),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export async function findSessionUser(prisma: PrismaClient, claims: unknown): Promise<SessionUser | null> {
  const parsed = sessionClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { id: parsed.data.id },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== parsed.data.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email };
}
