// The database half of a session check, apart from next-auth so that it can be tested
// against a real database: a JWT only counts while its user exists and its session
// version is current (sign-out and password changes bump the version).
import { z } from 'zod';
import { sessionUser, type SessionUser } from '@/lib/db/sessions';

export type { SessionUser };

/** What the JWT carries about its user (see the jwt callback in lib/auth/options.ts). */
export const sessionClaimsSchema = z.object({
  id: z.uuid(),
  sessionVersion: z.number().int().min(0),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export async function findSessionUser(claims: unknown): Promise<SessionUser | null> {
  const parsed = sessionClaimsSchema.safeParse(claims);
  return parsed.success ? sessionUser(parsed.data) : null;
}
