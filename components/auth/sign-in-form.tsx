'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import styles from '@/components/auth/auth-form.module.css';

type Props = { callbackUrl: string; initialError: string | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setInvalid(result?.error === 'CredentialsSignin');
      setError(signInErrorMessage(result?.error ?? 'Unknown'));
    } catch {
      setError('Accord could not be reached. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined} noValidate>
      {error && (
        <div id="signin-error" role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {error}
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor="signin-email">Email</label>
        <input id="signin-email" name="email" type="email" autoComplete="email" required aria-invalid={invalid || undefined} />
      </div>
      <div className={styles.field}>
        <label htmlFor="signin-password">Password</label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required aria-invalid={invalid || undefined} />
      </div>
      <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
