'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAccountForm } from '@/components/account/use-account-form';
import styles from '@/components/auth/auth-form.module.css';

const noFields: string[] = [];

export function SignOutEverywhere() {
  const t = useTranslations('Account');
  const router = useRouter();
  const { formError, pending, submit, formRef, alertRef } = useAccountForm(
    noFields,
    () => fetch('/api/auth/sign-out', { method: 'POST' }),
    () => {
      router.replace('/signin');
      router.refresh();
    },
  );
  return (
    <form ref={formRef} className={styles.form} onSubmit={submit}>
      {formError && (
        <div role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {formError}
        </div>
      )}
      <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
        {pending ? t('signingOut') : t('signOutEverywhere')}
      </button>
    </form>
  );
}
