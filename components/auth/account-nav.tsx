import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { getSessionUser, sessionClaims, type SessionUser } from '@/lib/auth/session';
import { unreadCount } from '@/lib/db/notifications';
import { SignInLinks } from '@/components/auth/sign-in-links';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { InboxLink } from '@/components/inbox/inbox-link';
import styles from '@/components/auth/account-nav.module.css';

type Account = { user: SessionUser | null; unchecked: boolean; unread?: number };

async function currentAccount(): Promise<Account> {
  try {
    const user = await getSessionUser();
    return { user, unchecked: false, unread: user ? await unreadCount(user) : 0 };
  } catch (error) {
    // Reading needs no account: a database outage must not take every page down with the header,
    // nor tell a signed-in reader they are signed out. Their token still names them; signing out
    // waits for the database.
    if (!isDatabaseUnavailable(error)) throw error;
    const claims = await sessionClaims();
    if (!claims || typeof claims.uid !== 'string') return { user: null, unchecked: true };
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return { user: { id: claims.uid, name: text(claims.name), email: text(claims.email) }, unchecked: true };
  }
}

export async function AccountNav() {
  const { user, unchecked, unread = 0 } = await currentAccount();
  const t = await getTranslations('AccountNav');
  const groups = await getTranslations('Groups');
  return (
    <nav aria-label={t('label')} className={styles.nav}>
      {user ? (
        <>
          <span className={styles.user}>
            <span className={styles.label}>{t('signedInAs')} </span>
            <span className={styles.name} title={user.email}>
              {user.name}
            </span>
          </span>
          {unchecked ? null : (
            <>
              <Link href="/groups" className={styles.link}>
                {groups('nav')}
              </Link>
              <InboxLink unread={unread} className={styles.link} countClassName={styles.count} />
              <Link href="/account" className={styles.link}>
                {t('account')}
              </Link>
              <SignOutButton />
            </>
          )}
        </>
      ) : (
        <SignInLinks />
      )}
    </nav>
  );
}
