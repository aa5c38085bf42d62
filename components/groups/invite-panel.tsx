'use client';
// For the group's owner and moderators: make a new invite link (the old ones stop working) or
// revoke every link. A link is shown once, when it is made.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/annotations/form-error';
import { InviteLink } from '@/components/groups/invite-link';
import styles from '@/components/groups/groups.module.css';
import { useGroupAction } from '@/components/groups/use-group-action';
import { revokeInvites, rotateInvite } from '@/lib/groups/client';

export function InvitePanel({ groupId, active }: { groupId: string; active: number }) {
  const t = useTranslations('Groups');
  const { busy, error, run } = useGroupAction();
  const [joinPath, setJoinPath] = useState<string | null>(null);
  return (
    <div className={styles.form}>
      <p className={styles.hint}>{t('activeInvites', { count: active })}</p>
      {joinPath ? <InviteLink joinPath={joinPath} /> : null}
      <FormError error={error} className={styles.alert} />
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          disabled={busy}
          onClick={() =>
            run(
              () => rotateInvite(groupId),
              (invite) => setJoinPath(invite.joinPath),
            )
          }
        >
          {t('rotate')}
        </button>
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
