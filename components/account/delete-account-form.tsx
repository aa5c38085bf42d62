'use client';
import { useRouter } from 'next/navigation';
import { describedBy, FieldErrorList } from '@/components/account/field-errors';
import { postJson, useAccountForm } from '@/components/account/use-account-form';
import styles from '@/components/auth/auth-form.module.css';

const fields = ['notes', 'password', 'email'];

/** `hasPassword`: the owner proves it is them with it; else (GitHub only) by typing the email. */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
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
        <legend>Your notes</legend>
        <p id="account-notes-hint" className={styles.hint}>
          Replies others wrote to your notes stay either way; a note of yours that has them stays as an empty note holding them.
        </p>
        <label className={styles.choice}>
          <input type="radio" name="notes" value="delete" required />
          Delete all my notes and replies
        </label>
        <label className={styles.choice}>
          <input type="radio" name="notes" value="keep-shared" required />
          Keep my shared notes and replies, shown as by “a former reader”; delete my private ones
        </label>
        <FieldErrorList id="account-notes-errors" messages={fieldErrors.notes} />
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`account-delete-${proof}`}>{hasPassword ? 'Your password' : 'Your email, to confirm'}</label>
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
        {pending ? 'Deleting your account…' : 'Delete my account'}
      </button>
    </form>
  );
}
