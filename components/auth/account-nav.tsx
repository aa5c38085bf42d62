import Link from 'next/link';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { SignInLinks } from '@/components/auth/sign-in-links';
import { SignOutButton } from '@/components/auth/sign-out-button';
import styles from '@/components/auth/account-nav.module.css';

async function currentUser(): Promise<SessionUser | null> {
  try {
    return await getSessionUser();
  } catch (error) {
    // Reading needs no account: a database outage must not take every page down with the header.
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export async function AccountNav() {
  const user = await currentUser();
  return (
    <nav aria-label="Account" className={styles.nav}>
      {user ? (
        <>
          <span className={styles.user}>
            <span className={styles.label}>Signed in as </span>
            <span className={styles.name} title={user.email}>
              {user.name}
            </span>
          </span>
          <Link href="/account" className={styles.link}>
            Account
          </Link>
          <SignOutButton />
        </>
      ) : (
        <SignInLinks />
      )}
    </nav>
  );
}
