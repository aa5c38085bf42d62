'use client';
// For the group's owner and moderators: the group's invite links (never their tokens: only a hash
// is kept), a new link good for a while or until revoked, and revoking one link or every link. A
// new link is shown once, when it is made.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/annotations/form-error';
import { InviteLink } from '@/components/groups/invite-link';
import styles from '@/components/groups/groups.module.css';
import { useGroupAction } from '@/components/groups/use-group-action';
import { LocalTime } from '@/components/i18n/local-time';
import { createInvite, revokeInvite, revokeInvites } from '@/lib/groups/client';
import type { InviteSummary } from '@/lib/groups/types';

/** How long a new link may stay good, in days (0: until revoked). */
const expiryChoices = [0, 1, 7, 30] as const;

export function InvitePanel({ groupId, invites }: { groupId: string; invites: InviteSummary[] }) {
  const t = useTranslations('Groups');
  const { busy, error, run } = useGroupAction();
  const [joinPath, setJoinPath] = useState<string | null>(null);
  const [days, setDays] = useState<(typeof expiryChoices)[number]>(0);
  const active = invites.filter((invite) => invite.active).length;
  return (
    <div className={styles.form}>
      <p className={styles.hint}>{t('activeInvites', { count: active })}</p>
      {invites.length ? (
        <ul className={styles.list} aria-label={t('inviteList')}>
          {invites.map((invite) => (
            <li key={invite.id} className={styles.item} data-testid="invite">
              <span className={styles.meta}>
                {t.rich('inviteMade', { when: () => <LocalTime iso={invite.createdAt} /> })} ·{' '}
                {invite.revokedAt
                  ? t('inviteRevoked')
                  : !invite.active
                    ? t('inviteExpired')
                    : invite.expiresAt
                      ? t.rich('inviteExpires', { when: () => <LocalTime iso={invite.expiresAt!} /> })
                      : t('inviteNoExpiry')}
              </span>
              {invite.active ? (
                <button type="button" className={styles.danger} disabled={busy} onClick={() => run(() => revokeInvite(groupId, invite.id))}>
                  {t('revokeOne')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <label className={styles.label} htmlFor={`${groupId}-expiry`}>
          {t('expiry')}
        </label>
        <select id={`${groupId}-expiry`} className={styles.select} value={days} onChange={(event) => setDays(Number(event.target.value) as typeof days)}>
          {expiryChoices.map((choice) => (
            <option key={choice} value={choice}>
              {choice ? t('expiryDays', { count: choice }) : t('expiryNever')}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={styles.primary}
          disabled={busy}
          onClick={() =>
            run(
              () => createInvite(groupId, days || undefined),
              (invite) => setJoinPath(invite.joinPath),
            )
          }
        >
          {t('newInvite')}
        </button>
      </div>
      {joinPath ? <InviteLink joinPath={joinPath} /> : null}
      <FormError error={error} className={styles.alert} />
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.danger}
          disabled={busy || active === 0}
          onClick={() =>
            run(
              () => revokeInvites(groupId),
              () => setJoinPath(null),
            )
          }
        >
          {t('revoke')}
        </button>
      </div>
    </div>
  );
}
