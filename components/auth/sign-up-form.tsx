'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import styles from '@/components/auth/auth-form.module.css';
import { PasswordRules, type PasswordLimits } from '@/components/auth/password-rules';

type Field = 'name' | 'email' | 'password';
type FieldErrors = Partial<Record<Field, string[]>>;
type Props = { callbackUrl: string; passwordLimits: PasswordLimits };

const fields: Field[] = ['name', 'email', 'password'];

export function SignUpForm({ callbackUrl, passwordLimits }: Props) {
  const t = useTranslations('SignUp');
  const auth = useTranslations('Auth');
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // After a refusal, put the keyboard where the first problem is.
  useEffect(() => {
    const firstInvalid = fields.find((field) => fieldErrors[field]?.length);
    if (firstInvalid) formRef.current?.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
    else if (formError) alertRef.current?.focus();
  }, [fieldErrors, formError]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    setPending(true);
    setFormError(null);
    setFieldErrors({});
    try {
      const response = await fetch('/api/auth/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string; fieldErrors?: FieldErrors; formErrors?: string[] };
      if (!response.ok) {
        if (body.fieldErrors && Object.keys(body.fieldErrors).length > 0) {
          setFieldErrors(body.fieldErrors);
          setFormError(response.status === 409 ? null : t('seeFields'));
        } else {
          setFormError(body.error ?? t('notCreated'));
        }
        return;
      }
      const signedIn = await signIn('credentials', { email: input.email, password: input.password, redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        router.replace(callbackUrl);
        router.refresh();
      } else {
        // The account exists; only the automatic sign-in failed (e.g. the sign-in limit).
        router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}${signedIn?.error ? `&error=${encodeURIComponent(signedIn.error)}` : ''}`);
      }
    } catch {
      setFormError(auth('unreachable'));
    } finally {
      setPending(false);
    }
  }

  const describedBy = (field: Field, ...extra: string[]) =>
    [...extra, fieldErrors[field]?.length ? `signup-${field}-errors` : ''].filter(Boolean).join(' ') || undefined;

  const errorsFor = (field: Field) =>
    fieldErrors[field]?.length ? (
      <ul id={`signup-${field}-errors`} className={styles.fieldErrors}>
        {fieldErrors[field].map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    ) : null;

  return (
    // POST: sent before the page's scripts run, the form goes to this page, which shows it again;
    // as a GET its password would land in the address (history, server logs, Referer).
    <form ref={formRef} method="post" className={styles.form} onSubmit={submit} noValidate>
      {formError && (
        <div role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {formError}
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor="signup-name">{t('name')}</label>
        <input
          id="signup-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={100}
          aria-invalid={!!fieldErrors.name || undefined}
          aria-describedby={describedBy('name', 'signup-name-hint')}
        />
        <p id="signup-name-hint" className={styles.hint}>
          {t('nameHint')}
        </p>
        {errorsFor('name')}
      </div>
      <div className={styles.field}>
        <label htmlFor="signup-email">{auth('email')}</label>
        <input
          id="signup-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={!!fieldErrors.email || undefined}
          aria-describedby={describedBy('email')}
        />
        {errorsFor('email')}
      </div>
      <div className={styles.field}>
        <label htmlFor="signup-password">{auth('password')}</label>
        <input
          id="signup-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={!!fieldErrors.password || undefined}
          aria-describedby={describedBy('password', 'signup-password-rules')}
        />
        <PasswordRules id="signup-password-rules" limits={passwordLimits} />
        {errorsFor('password')}
      </div>
      <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
