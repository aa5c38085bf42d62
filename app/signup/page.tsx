import type { Metadata } from 'next';
import Link from 'next/link';
import { passwordRules } from '@/lib/auth/password';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { SignUpForm } from '@/components/auth/sign-up-form';
import styles from '@/components/auth/auth-form.module.css';

export const metadata: Metadata = { title: 'Create an account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  const signInHref = callbackUrl === '/' ? '/signin' : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className={styles.page}>
      <h1>Create an account</h1>
      <p className={styles.intro}>An account lets you highlight passages, comment and reply. Reading needs none.</p>
      <SignUpForm callbackUrl={callbackUrl} passwordRules={[...passwordRules]} />
      <p className={styles.switch}>
        Already have an account? <Link href={signInHref}>Sign in</Link>
      </p>
    </div>
  );
}
