// What an owner may do with their account, and what each asks: a new password needs the current
// one; deleting the account needs the password (or, for an account that signs in with GitHub
// only, its email typed out). Password checks count as sign-in attempts
// (lib/auth/sign-in-limit.ts), so this page is no side door for guessing.
import { z } from 'zod';
import { AnnotationError } from '@/lib/annotations/errors';
import { hashPassword, passwordSchema, verifyPassword } from '@/lib/auth/password';
import { accountKey, attemptLimiters } from '@/lib/auth/rate-limit';
import type { SignInLimiter } from '@/lib/auth/sign-in-limit';
import { deleteUser, findOwnAccount, passwordHashOf, replacePassword } from '@/lib/db/accounts';

const currentPassword = z.string().min(1, 'Enter your current password').max(200, 'That is not your current password');

export const changePasswordSchema = z
  .object({ currentPassword, newPassword: passwordSchema })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ['newPassword'], message: 'The new password must differ from the current one' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const keptNotesChoices = ['delete', 'keep-shared'] as const;

export const deleteAccountSchema = z.object({
  notes: z.enum(keptNotesChoices, 'Choose what happens to your notes: delete them, or keep the shared ones'),
  password: z.string().max(200, 'That is not your password').optional(),
  email: z.string().max(254, 'That is not this account’s email').optional(),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

type Owner = { id: string; email: string };

const refused = (path: string, message: string) => new AnnotationError('invalid', 'The request is not valid.', [{ path, message }]);

/** Whether `password` is the owner's, counted as a sign-in attempt from `address`. */
async function isOwnPassword(owner: Owner, password: string, address: string, limiter: SignInLimiter): Promise<boolean> {
  const hash = await passwordHashOf(owner.id);
  if (!hash) return false;
  const keys = { account: accountKey(owner.email), address };
  await limiter.take(keys);
  if (!(await verifyPassword(hash, password))) return false;
  await limiter.succeeded(keys);
  return true;
}

/**
 * Sets the new password and ends every session of the account; returns the new session version,
 * so that the session that asked stays signed in (lib/auth/session-cookie.ts).
 */
export async function changePassword(
  owner: Owner,
  input: ChangePasswordInput,
  address: string,
  limiter: SignInLimiter = attemptLimiters().signIn,
): Promise<number> {
  if (!(await passwordHashOf(owner.id))) throw refused('currentPassword', 'This account signs in with GitHub and has no password to change');
  if (!(await isOwnPassword(owner, input.currentPassword, address, limiter))) throw refused('currentPassword', 'That is not your current password');
  return replacePassword(owner.id, await hashPassword(input.newPassword));
}

/** Deletes the account once its owner has proved it is theirs. */
export async function deleteAccount(
  owner: Owner,
  input: DeleteAccountInput,
  address: string,
  limiter: SignInLimiter = attemptLimiters().signIn,
): Promise<void> {
  const account = await findOwnAccount(owner.id);
  if (!account) throw new AnnotationError('not-found', 'This account was not found.');
  if (account.hasPassword) {
    if (!input.password) throw refused('password', 'Enter your password to delete your account');
    if (!(await isOwnPassword(owner, input.password, address, limiter))) throw refused('password', 'That is not your password');
  } else if (accountKey(input.email ?? '') !== accountKey(account.email)) {
    throw refused('email', 'Type this account’s email to delete it');
  }
  await deleteUser(owner.id, input.notes === 'keep-shared' ? 'shared' : 'none');
}
