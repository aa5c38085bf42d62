// The environment, parsed once: a bad value fails at start with one clear line.
import { z } from 'zod';

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
  .refine((value) => URL.canParse(value), 'is not a valid URL');

const schema = z.object({
  DATABASE_URL: postgresUrl,
  // Embedded PGlite serves one connection at a time, so the launcher sets this to 1 there.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  ACCORD_EMBEDDED: z.enum(['0', '1']).default('0'),
  // Mail about mentions and replies (lib/mail/notification-mail.ts): off unless a server is given.
  ACCORD_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .refine((value) => URL.canParse(value), 'is not a valid URL')
    .optional(),
  ACCORD_MAIL_FROM: z.string().min(3).optional(),
  // Sign-ups an hour from one address. A seminar behind one university NAT may need more than the
  // default; the end-to-end suite signs up hundreds of readers from localhost.
  ACCORD_SIGNUPS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// Auth settings without the database URL: next build loads the auth options, and it runs
// before the launcher knows which database the app will use.
const authSchema = schema.pick({ NEXTAUTH_SECRET: true, NEXTAUTH_URL: true, GITHUB_ID: true, GITHUB_SECRET: true, ACCORD_EMBEDDED: true });
export type AuthEnv = z.infer<typeof authSchema>;

let cachedAuth: AuthEnv | undefined;
export function authEnv(): AuthEnv {
  if (cachedAuth) return cachedAuth;
  const result = authSchema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  }
  cachedAuth = result.data;
  return cachedAuth;
}

// Mail settings alone: a reply sends mail from wherever it is written, tests and scripts included,
// which need not have the rest of the environment.
const mailSchema = schema.pick({ ACCORD_SMTP_URL: true, ACCORD_MAIL_FROM: true, NEXTAUTH_URL: true });
export type MailEnv = z.infer<typeof mailSchema>;

let cachedMail: MailEnv | undefined;
export function mailEnv(): MailEnv {
  if (cachedMail) return cachedMail;
  const result = mailSchema.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  cachedMail = result.data;
  return cachedMail;
}

// The limits alone: they are read where a sign-up arrives, which need not have the rest.
const limitsSchema = schema.pick({ ACCORD_SIGNUPS_PER_ADDRESS: true });
export type LimitsEnv = z.infer<typeof limitsSchema>;

export function limitsEnv(): LimitsEnv {
  const result = limitsSchema.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  return result.data;
}
