// The Credentials provider's check, apart from next-auth so that it can be tested on a real database.
import { z } from 'zod';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { accountKey, attemptLimiters } from '@/lib/auth/rate-limit';
import type { SignInLimiter } from '@/lib/auth/sign-in-limit';
import { findUserForSignIn, type UserAccount } from '@/lib/db/users';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address').max(254, 'Email must be at most 254 characters'));

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export type AuthorizedUser = UserAccount;

// Unknown emails still cost one argon2 verify, so that timing does not tell which accounts exist.
let dummyHash: Promise<string> | undefined;
const timingDecoy = () => (dummyHash ??= hashPassword('accord-timing-decoy-password'));

/**
 * The user whose email and password these are, or null. Every attempt counts against this account
 * from this address (counting before verifying, so that parallel guesses cannot slip past); a
 * success takes it back, so only failures add up (lib/auth/sign-in-limit.ts). Throws
 * RateLimitedError while this account and address must wait.
 */
export async function authorizeCredentials(input: unknown, address: string, limiter: SignInLimiter = attemptLimiters().signIn): Promise<AuthorizedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = accountKey(parsed.data.email);
  await limiter.take({ account: email, address });

  const user = await findUserForSignIn(email);
  if (!user?.passwordHash) {
    await verifyPassword(await timingDecoy(), parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  await limiter.succeeded({ account: email, address });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
