// argon2id via @node-rs/argon2 (prebuilt from npm). bcrypt would silently ignore bytes past 72.
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

export const passwordRules = ['at least 10 characters', 'at most 200 characters', 'not only letters or only digits'] as const;

export const passwordSchema = z
  .string()
  .min(10, 'Password must be at least 10 characters')
  .max(200, 'Password must be at most 200 characters')
  .refine((value) => !/^[\p{L}]+$/u.test(value) && !/^\d+$/.test(value), 'Password must not be only letters or only digits');

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
