// Error codes that travel from next-auth to the sign-in page in `?error=`, and what they tell
// the reader. Shared by server and client code: no secrets, no database.

export const signInErrorCode = {
  rateLimited: (seconds: number) => `RateLimited:${seconds}`,
  unavailable: 'Unavailable',
} as const;

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const limited = /^RateLimited:(\d+)$/.exec(code);
  if (limited) return `Too many attempts, try again in ${limited[1]} seconds.`;
  switch (code) {
    case 'CredentialsSignin':
      return 'That email and password do not match an account. Check both and try again.';
    case 'Unavailable':
      return 'The database is not answering just now. Try again in a moment.';
    case 'OAuthAccountNotLinked':
      return 'An account with this email already exists. Sign in with your email and password.';
    case 'OAuthNoEmail':
      return 'GitHub did not share an email address, which Accord needs for an account.';
    case 'SessionRequired':
      return 'Please sign in to continue.';
    default:
      return 'Signing in did not work. Try again.';
  }
}
