'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import styles from '@/components/auth/account-nav.module.css';

/** Ends the session here and on every other device (the server bumps the session version). */
export function SignOutButton() {
  const t = useTranslations('AccountNav');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState(false);

  async function signOut() {
    setPending(true);
    setProblem(false);
    try {
      const response = await fetch('/api/auth/sign-out', { method: 'POST' });
      if (!response.ok) throw new Error(String(response.status));
      // Reading stays open to everyone: stay on this page, now signed out.
      router.refresh();
    } catch {
      setProblem(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className={styles.button} onClick={signOut} disabled={pending} aria-busy={pending}>
        {pending ? t('signingOut') : t('signOut')}
      </button>
      {problem && (
        <span role="alert" className={styles.problem}>
          {t('signOutFailed')}
        </span>
      )}
    </>
  );
}
