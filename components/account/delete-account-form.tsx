'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { describedBy, FieldErrorList } from '@/components/account/field-errors';
import { postJson, useAccountForm } from '@/components/account/use-account-form';
import styles from '@/components/auth/auth-form.module.css';

const fields = ['notes', 'password', 'email'];

/** `hasPassword`: the owner proves it is them with it; else (GitHub only) by typing the email. */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations('Account');
  const router = useRouter();
  const { fieldErrors, formError, pending, submit, formRef, alertRef } = useAccountForm(
    fields,
    (data) =>
      postJson('/api/account', 'DELETE', {
        notes: data.get('notes') ?? undefined,
        ...(hasPassword ? { password: data.get('password') } : { email: data.get('email') }),
      }),
    () => {
      router.replace('/');
      router.refresh();
    },
  );
  const proof = hasPassword ? 'password' : 'email';

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
      {formError && (
        <div role="alert" className={styles.alert} tabIndex={-1} ref={alertRef}>
          {formError}
        </div>
      )}
      <fieldset className={styles.choices} aria-describedby={describedBy('account-notes-errors', !!fieldErrors.notes, 'account-notes-hint')}>
        <legend>{t('yourNotes')}</legend>
        <p id="account-notes-hint" className={styles.hint}>
          {t('notesHint')}
        </p>
        <label className={styles.choice}>
          <input type="radio" name="notes" value="delete" required />
          {t('deleteAll')}
        </label>
        <label className={styles.choice}>
          <input type="radio" name="notes" value="keep-shared" required />
          {t('keepShared')}
        </label>
        <FieldErrorList id="account-notes-errors" messages={fieldErrors.notes} />
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`account-delete-${proof}`}>{hasPassword ? t('yourPassword') : t('yourEmail')}</label>
        <input
          id={`account-delete-${proof}`}
          name={proof}
          type={hasPassword ? 'password' : 'email'}
          autoComplete={hasPassword ? 'current-password' : 'off'}
          required
          aria-invalid={!!fieldErrors[proof] || undefined}
          aria-describedby={describedBy(`account-delete-${proof}-errors`, !!fieldErrors[proof])}
        />
        <FieldErrorList id={`account-delete-${proof}-errors`} messages={fieldErrors[proof]} />
      </div>
      <button type="submit" className={styles.danger} disabled={pending} aria-busy={pending}>
        {pending ? t('deleting') : t('deleteSubmit')}
      </button>
    </form>
  );
}
