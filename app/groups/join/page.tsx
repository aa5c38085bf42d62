import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import styles from '@/components/groups/groups.module.css';
import { getSessionUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { groupOfInvite } from '@/lib/db/group-invites';
import { joinGroup } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Groups'))('joinTitle') };
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 200) : '');

/** The page an invite link opens: what the reader is joining, and a form (no JavaScript needed) to join. */
export default async function JoinGroupPage({ searchParams }: Props) {
  const query = await searchParams;
  const invite = one(query.invite);
  const failed = one(query.error);
  const t = await getTranslations('Groups');
  let group: Awaited<ReturnType<typeof groupOfInvite>>;
  let signedIn: boolean;
  try {
    [group, signedIn] = await Promise.all([invite ? groupOfInvite(invite) : null, getSessionUser().then(Boolean)]);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="invitation" retryHref={`/groups/join?invite=${encodeURIComponent(invite)}`} />;
  }
  const here = `/groups/join?invite=${encodeURIComponent(invite)}`;
  return (
    <div className={styles.page}>
      <h1>{t('joinTitle')}</h1>
      {failed === 'origin' ? (
        <p className={styles.alert} role="alert">
          {t('joinOrigin')}
        </p>
      ) : null}
      {!group ? (
        <p className={styles.alert} role="alert">
          {t('badInvite')}
        </p>
      ) : (
        <>
          <p className={styles.intro}>{t('joinIntro', { name: group.name, count: group.memberCount })}</p>
          {group.description ? <p>{group.description}</p> : null}
          {signedIn ? (
            <form action={joinGroup} className={styles.actions}>
              <input type="hidden" name="invite" value={invite} />
              <button type="submit" className={styles.primary}>
                {t('joinButton', { name: group.name })}
              </button>
            </form>
          ) : (
            <p>
              {t.rich('joinSignIn', {
                signin: (chunks) => <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{chunks}</Link>,
                signup: (chunks) => <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>{chunks}</Link>,
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
