import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CreateGroupForm } from '@/components/groups/create-group-form';
import styles from '@/components/groups/groups.module.css';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { getSessionUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { listGroups } from '@/lib/db/groups';
import type { GroupSummary } from '@/lib/groups/types';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Groups'))('title') };
}

export default async function GroupsPage() {
  let groups: GroupSummary[] | null;
  try {
    const user = await getSessionUser();
    groups = user && (await listGroups(user));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="groups" retryHref="/groups" />;
  }
  if (!groups) redirect('/signin?callbackUrl=%2Fgroups');
  const t = await getTranslations('Groups');
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <section aria-labelledby="my-groups">
        <h2 id="my-groups">{t('mine')}</h2>
        {groups.length ? (
          <ul className={styles.list}>
            {groups.map((group) => (
              <li key={group.id} className={styles.item}>
                <Link href={`/groups/${group.id}`}>{group.name}</Link>
                <span className={styles.meta}>
                  <span className={styles.role}>{t(`roles.${group.role}`)}</span> · {t('memberCount', { count: group.memberCount })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.hint}>{t('none')}</p>
        )}
      </section>
      <section aria-labelledby="new-group">
        <h2 id="new-group">{t('create')}</h2>
        <CreateGroupForm />
      </section>
    </div>
  );
}
