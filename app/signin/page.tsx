import type { Metadata } from 'next';
import Link from 'next/link';
import { demoUser } from '@/lib/db/demo-user';
import { authEnv } from '@/lib/env';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { OAuthButton } from '@/components/auth/oauth-button';
import { SignInForm } from '@/components/auth/sign-in-form';
import styles from '@/components/auth/auth-form.module.css';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const { ACCORD_EMBEDDED, GITHUB_ID, GITHUB_SECRET } = authEnv();
  const signUpHref = callbackUrl === '/' ? '/signup' : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className={styles.page}>
      <h1>Sign in</h1>
      <p className={styles.intro}>Reading is open to everyone. Sign in to highlight passages, comment and reply.</p>
      {ACCORD_EMBEDDED === '1' && (
        <aside className={styles.notice} aria-labelledby="demo-account-heading">
          <p id="demo-account-heading">
            <strong>Demo account:</strong> <code>{demoUser.email}</code> / <code>{demoUser.password}</code>
          </p>
          <p>This copy of Accord runs on its built-in database, which comes with this account for trying things out.</p>
        </aside>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(first(params.error))} />
      {GITHUB_ID && GITHUB_SECRET && (
        <>
          <p className={styles.divider}>or</p>
          <OAuthButton provider="github" label="Sign in with GitHub" callbackUrl={callbackUrl} />
        </>
      )}
      <p className={styles.switch}>
        New to Accord? <Link href={signUpHref}>Create an account</Link>
      </p>
    </div>
  );
}
