import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { passwordLimits } from '@/lib/auth/password';
import { getSessionUser } from '@/lib/auth/session';
import { findOwnAccount } from '@/lib/db/accounts';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import styles from '@/components/auth/auth-form.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('title') };
}

export default async function AccountPage() {
  let account: Awaited<ReturnType<typeof findOwnAccount>> | null;
  try {
    const user = await getSessionUser();
    account = user && (await findOwnAccount(user.id));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="account" retryHref="/account" />;
  }
  if (!account) redirect('/signin?callbackUrl=%2Faccount');
  const t = await getTranslations('Account');

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t.rich('signedInAs', { name: account.name, email: account.email, strong: (text) => <strong>{text}</strong> })}</p>

      <section className={styles.section} aria-labelledby="password-heading">
        <h2 id="password-heading">{t('passwordHeading')}</h2>
        {account.hasPassword ? (
          <>
            <p className={styles.hint}>{t('passwordHint')}</p>
            <ChangePasswordForm passwordLimits={passwordLimits} />
          </>
        ) : (
          <p className={styles.hint}>{t('gitHubOnly')}</p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">{t('signOutHeading')}</h2>
        <p className={styles.hint}>{t('signOutHint')}</p>
        <SignOutEverywhere />
      </section>

      <section className={styles.section} aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('deleteHeading')}</h2>
        <p className={styles.hint}>{t('deleteHint')}</p>
        <DeleteAccountForm hasPassword={account.hasPassword} />
      </section>
    </div>
  );
}
