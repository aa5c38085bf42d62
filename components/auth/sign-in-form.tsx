'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signInError, type SignInError } from '@/lib/auth/sign-in-errors';
import styles from '@/components/auth/auth-form.module.css';

// `unreachable`: the request never reached Accord (no next-auth code for that).
type Problem = SignInError | { key: 'unreachable' };
type Props = { callbackUrl: string; initialError: SignInError | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const t = useTranslations('SignIn');
  const auth = useTranslations('Auth');
  const errors = useTranslations('SignInErrors');
  const router = useRouter();
  const [error, setError] = useState<Problem | null>(initialError);
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
      setError(signInError(result?.error ?? 'Unknown'));
    } catch {
      setError({ key: 'unreachable' });
    } finally {
      setPending(false);
    }
  }

  return (
    // POST: sent before the page's scripts run, the form goes to this page, which shows it again;
    // as a GET its password would land in the address (history, server logs, Referer).
    <form method="post" className={styles.form} onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined} noValidate>
      {error && (
        <div id="signin-error" role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {error.key === 'unreachable'
            ? auth('unreachable')
            : error.key === 'rateLimited'
              ? errors('rateLimited', { seconds: error.seconds })
              : errors(error.key)}
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor="signin-email">{auth('email')}</label>
        <input id="signin-email" name="email" type="email" autoComplete="email" required aria-invalid={invalid || undefined} />
      </div>
      <div className={styles.field}>
        <label htmlFor="signin-password">{auth('password')}</label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required aria-invalid={invalid || undefined} />
      </div>
      <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
