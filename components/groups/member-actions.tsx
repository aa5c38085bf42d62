'use client';
// What the owner (or a moderator, for members) may do to one member: change the role, hand the
// group over, remove them. Removal ends their reading of the group's notes at once.
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/annotations/form-error';
import styles from '@/components/groups/groups.module.css';
import { useGroupAction } from '@/components/groups/use-group-action';
import { removeMember, setRole, transferOwnership } from '@/lib/groups/client';
import type { GroupMember, Role } from '@/lib/groups/types';

type Props = { groupId: string; member: GroupMember; viewerRole: Role };

export function MemberActions({ groupId, member, viewerRole }: Props) {
  const t = useTranslations('Groups');
  const { busy, error, run } = useGroupAction();
  const owner = viewerRole === 'owner';
  const mayRemove = owner || (viewerRole === 'moderator' && member.role === 'member');
  if (member.role === 'owner' || (!owner && !mayRemove)) return null;
  const other = member.role === 'moderator' ? 'member' : 'moderator';
  return (
    <div className={styles.actions}>
      {owner ? (
        <>
          <button type="button" className={styles.button} disabled={busy} onClick={() => run(() => setRole(groupId, member.id, other))}>
            {other === 'moderator' ? t('makeModerator', { name: member.name }) : t('makeMember', { name: member.name })}
          </button>
          <button
            type="button"
            className={styles.button}
            disabled={busy}
            onClick={() => window.confirm(t('confirmTransfer', { name: member.name })) && run(() => transferOwnership(groupId, member.id))}
          >
            {t('transfer', { name: member.name })}
          </button>
        </>
      ) : null}
      {mayRemove ? (
        <button
          type="button"
          className={styles.danger}
          disabled={busy}
          onClick={() => window.confirm(t('confirmRemove', { name: member.name })) && run(() => removeMember(groupId, member.id))}
        >
          {t('remove', { name: member.name })}
        </button>
      ) : null}
      <FormError error={error} className={styles.alert} />
    </div>
  );
}
