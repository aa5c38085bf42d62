'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describedBy, FieldErrorList } from '@/components/account/field-errors';
import { postJson, useAccountForm } from '@/components/account/use-account-form';
import styles from '@/components/auth/auth-form.module.css';
import { PasswordRules, type PasswordLimits } from '@/components/auth/password-rules';

const fields = ['currentPassword', 'newPassword'];

export function ChangePasswordForm({ passwordLimits }: { passwordLimits: PasswordLimits }) {
  const t = useTranslations('Account');
  const [changed, setChanged] = useState(false);
  const { fieldErrors, formError, pending, submit, formRef, alertRef } = useAccountForm(
    fields,
    (data) => {
      setChanged(false);
      return postJson('/api/account/password', 'POST', { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') });
    },
    (element) => {
      element.reset();
      setChanged(true);
    },
  );

  return (
    // POST: sent before the page's scripts run, the form goes to this page, which shows it again;
    // as a GET its password would land in the address (history, server logs, Referer).
    <form ref={formRef} method="post" className={styles.form} onSubmit={submit} noValidate>
      {formError && (
        <div role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {formError}
        </div>
      )}
      <div role="status" className={changed ? styles.notice : undefined}>
        {changed && t('passwordChanged')}
      </div>
      <div className={styles.field}>
        <label htmlFor="account-current-password">{t('currentPassword')}</label>
        <input
          id="account-current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!fieldErrors.currentPassword || undefined}
          aria-describedby={describedBy('account-current-password-errors', !!fieldErrors.currentPassword)}
        />
        <FieldErrorList id="account-current-password-errors" messages={fieldErrors.currentPassword} />
      </div>
      <div className={styles.field}>
        <label htmlFor="account-new-password">{t('newPassword')}</label>
        <input
          id="account-new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={!!fieldErrors.newPassword || undefined}
          aria-describedby={describedBy('account-new-password-errors', !!fieldErrors.newPassword, 'account-new-password-rules')}
        />
        <PasswordRules id="account-new-password-rules" limits={passwordLimits} />
        <FieldErrorList id="account-new-password-errors" messages={fieldErrors.newPassword} />
      </div>
      <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
        {pending ? t('changingPassword') : t('changePassword')}
      </button>
    </form>
  );
}
