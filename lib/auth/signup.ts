// Creating an account: the one place that decides what a valid sign-up is.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { emailSchema } from '@/lib/auth/credentials';
import { hashPassword, passwordSchema } from '@/lib/auth/password';
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
export async function createAccount(prisma: PrismaClient, input: SignUpInput): Promise<CreatedAccount | null> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') return null;
    throw error;
  }
}
