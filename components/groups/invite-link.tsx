'use client';
// A join link to copy: the whole address, selectable by hand, and a Copy button where the
// clipboard is available. It is shown once, right after the invite is made: only its hash is kept.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import styles from '@/components/groups/groups.module.css';

export function InviteLink({ joinPath }: { joinPath: string }) {
  const t = useTranslations('Groups');
  const id = useId();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${joinPath}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.getElementById(id)?.focus();
    }
  }

  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('inviteLink')}</label>
      <div className={styles.copy}>
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} data-testid="invite-link" />
        <button type="button" className={styles.button} onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p className={styles.hint} role="status">
        {copied ? t('copied') : t('inviteOnce')}
      </p>
    </div>
  );
}
