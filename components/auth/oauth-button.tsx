'use client';
import { signIn } from 'next-auth/react';
import styles from '@/components/auth/auth-form.module.css';

export function OAuthButton({ provider, label, callbackUrl }: { provider: string; label: string; callbackUrl: string }) {
  return (
    <button type="button" className={styles.secondary} onClick={() => void signIn(provider, { callbackUrl })}>
      {label}
    </button>
  );
}
