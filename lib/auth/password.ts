// argon2id via @node-rs/argon2 (prebuilt from npm). bcrypt would silently ignore bytes past 72.
// The rules follow NIST SP 800-63B: length and a list of common passwords, no composition rules
// (a long phrase of letters is a good password; "Password1!" is not).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { isCommonPassword } from '@/lib/auth/common-passwords';

export const passwordLimits = { min: 10, max: 200 } as const;

const characters = (value: string) => Array.from(value).length;

export const passwordMessages = {
  tooShort: `Password must be at least ${passwordLimits.min} characters, not counting spaces at either end`,
  tooLong: `Password must be at most ${passwordLimits.max} characters`,
  common: 'This password is one of the most common ones, which are guessed first. Choose another, such as a few unrelated words.',
} as const;

/** A new password (sign-up, password change). Stored as typed: only the checks ignore the spaces around it. */
export const passwordSchema = z
  .string()
  .refine((value) => characters(value.trim()) >= passwordLimits.min, passwordMessages.tooShort)
  .refine((value) => characters(value) <= passwordLimits.max, passwordMessages.tooLong)
  .refine((value) => characters(value) > passwordLimits.max || !isCommonPassword(value), passwordMessages.common);

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id with OWASP-level memory and time costs.
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
