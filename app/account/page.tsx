import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { passwordLimits } from '@/lib/auth/password';
import { getSessionUser } from '@/lib/auth/session';
import { findOwnAccount } from '@/lib/db/accounts';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import styles from '@/components/auth/auth-form.module.css';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  let account: Awaited<ReturnType<typeof findOwnAccount>> | null;
  try {
    const user = await getSessionUser();
    account = user && (await findOwnAccount(user.id));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="your account" retryHref="/account" />;
  }
  if (!account) redirect('/signin?callbackUrl=%2Faccount');

  return (
    <div className={styles.page}>
      <h1>Your account</h1>
      <p className={styles.intro}>
        Signed in as <strong>{account.name}</strong> ({account.email}).
      </p>

      <section className={styles.section} aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        {account.hasPassword ? (
          <>
            <p className={styles.hint}>Every other browser and device signed in to this account is signed out; this one stays signed in.</p>
            <ChangePasswordForm passwordLimits={passwordLimits} />
          </>
        ) : (
          <p className={styles.hint}>This account signs in with GitHub and has no password of its own.</p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">Sign out everywhere</h2>
        <p className={styles.hint}>Ends your session in every browser and on every device, this one included.</p>
        <SignOutEverywhere />
      </section>

      <section className={styles.section} aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p className={styles.hint}>Your account and sign-in go for good, with the notes you choose below. This cannot be undone.</p>
        <DeleteAccountForm hasPassword={account.hasPassword} />
      </section>
    </div>
  );
}
