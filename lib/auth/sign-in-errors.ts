// Error codes that travel from next-auth to the sign-in page in `?error=`, and which message
// (messages/*.json, SignInErrors) tells the reader what happened. Shared by server and client code: no secrets, no database.

export const signInErrorCode = {
  rateLimited: (seconds: number) => `RateLimited:${seconds}`,
  unavailable: 'Unavailable',
} as const;

export type SignInError =
  { key: 'rateLimited'; seconds: number } | { key: 'credentials' | 'unavailable' | 'accountNotLinked' | 'noEmail' | 'sessionRequired' | 'other' };

const byCode: Record<string, SignInError['key']> = {
  CredentialsSignin: 'credentials',
  Unavailable: 'unavailable',
  OAuthAccountNotLinked: 'accountNotLinked',
  OAuthNoEmail: 'noEmail',
  SessionRequired: 'sessionRequired',
};

export function signInError(code: string | null | undefined): SignInError | null {
  if (!code) return null;
  const limited = /^RateLimited:(\d+)$/.exec(code);
  if (limited) return { key: 'rateLimited', seconds: Number(limited[1]) };
  return { key: Object.hasOwn(byCode, code) ? byCode[code]! : 'other' } as SignInError;
}
