import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import styles from '@/components/groups/groups.module.css';
import { GroupSettingsForm } from '@/components/groups/group-settings-form';
import { InvitePanel } from '@/components/groups/invite-panel';
import { LeaveGroupButton } from '@/components/groups/leave-group-button';
import { MemberActions } from '@/components/groups/member-actions';
import { LocalTime } from '@/components/i18n/local-time';
import { AnnotationError } from '@/lib/annotations/errors';
import { getSessionUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { getGroupPage } from '@/lib/db/groups';
import type { GroupPage } from '@/lib/groups/types';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Groups'))('pageTitle') };
}

/** The group as its member sees it; anyone else is answered "not found", as the API does. */
async function load(id: string): Promise<GroupPage | 'signed-out' | 'unavailable'> {
  try {
    const user = await getSessionUser();
    if (!user) return 'signed-out';
    return await getGroupPage(id, user);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return 'unavailable';
    if (error instanceof AnnotationError && error.kind === 'not-found') notFound();
    throw error;
  }
}

export default async function GroupPageView({ params }: Props) {
  const { id } = await params;
  const group = await load(id);
  if (group === 'signed-out') redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}`)}`);
  if (group === 'unavailable') return <DatabaseUnavailable what="group" retryHref={`/groups/${id}`} />;
  const t = await getTranslations('Groups');
  return (
    <div className={styles.page}>
      <p className={styles.meta}>
        <Link href="/groups">{t('title')}</Link>
      </p>
      <h1>{group.name}</h1>
      {group.description ? <p className={styles.intro}>{group.description}</p> : null}
      <p className={styles.meta}>
        <span className={styles.role}>{t(`roles.${group.role}`)}</span> · {t('memberCount', { count: group.memberCount })}
      </p>

      {group.role === 'owner' ? (
        <section aria-labelledby="settings">
          <h2 id="settings">{t('settings')}</h2>
          <GroupSettingsForm groupId={group.id} name={group.name} description={group.description} />
        </section>
      ) : null}

      <section aria-labelledby="members">
        <h2 id="members">{t('members')}</h2>
        <ul className={styles.list}>
          {group.members.map((member) => (
            <li key={member.id} className={styles.item}>
              <span>
                <strong>{member.name}</strong> <span className={styles.role}>{t(`roles.${member.role}`)}</span>
              </span>
              <MemberActions groupId={group.id} member={member} viewerRole={group.role} />
            </li>
          ))}
        </ul>
      </section>

      {group.invites ? (
        <section aria-labelledby="invites">
          <h2 id="invites">{t('invites')}</h2>
          <p className={styles.hint}>{t('invitesHint')}</p>
          <InvitePanel groupId={group.id} invites={group.invites} />
        </section>
      ) : null}

      <section aria-labelledby="recent">
        <h2 id="recent">{t('recent')}</h2>
        {group.recentNotes.length ? (
          <ul className={styles.list}>
            {group.recentNotes.map((note) => (
              <li key={note.id} className={styles.note}>
                <span className={styles.meta}>
                  <Link href={`/documents/${note.documentSlug}`}>{note.documentTitle}</Link> · {note.author.name} · <LocalTime iso={note.createdAt} />
                  {note.resolved ? <span className={styles.badge}> · {t('resolved')}</span> : null}
                  {note.hidden ? <span className={styles.badge}> · {t('hidden')}</span> : null}
                </span>
                {note.excerpt ? <p>{note.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.hint}>{t('noNotes')}</p>
        )}
      </section>

      {group.role !== 'owner' ? (
        <section aria-labelledby="leave">
          <h2 id="leave">{t('leaveHeading')}</h2>
          <p className={styles.hint}>{t('leaveHint')}</p>
          <LeaveGroupButton groupId={group.id} name={group.name} />
        </section>
      ) : null}
    </div>
  );
}
