// Creating an account: the one place that decides what a valid sign-up is.
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/credentials';
import { hashPassword, passwordSchema } from '@/lib/auth/password';
import { insertUser } from '@/lib/db/users';
import { userText } from '@/lib/validations/text';

export const signUpSchema = z.object({
  email: emailSchema,
  name: userText('Name', 100, { trim: true, min: 1, emptyMessage: 'Enter the name other readers will see', singleLine: true }),
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export type SignUpField = keyof SignUpInput;
export type FieldErrors = Partial<Record<SignUpField, string[]>>;

/** Every problem of every field, so that each refused password rule is shown at once. */
export function validateSignUp(input: unknown): { ok: true; data: SignUpInput } | { ok: false; fieldErrors: FieldErrors; formErrors: string[] } {
  const result = signUpSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const flat = z.flattenError(result.error);
  return { ok: false, fieldErrors: flat.fieldErrors, formErrors: flat.formErrors };
}

export const duplicateEmailMessage = 'An account with this email already exists. Sign in instead, or use another email.';

export type CreatedAccount = { id: string; name: string; email: string };

/** Creates the account, or returns null when the email is taken (decided by the unique index). */
export async function createAccount(input: SignUpInput): Promise<CreatedAccount | null> {
  const user = await insertUser({ email: input.email, name: input.name, passwordHash: await hashPassword(input.password) });
  return user && { id: user.id, name: user.name, email: user.email };
}
