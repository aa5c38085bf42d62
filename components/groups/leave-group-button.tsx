'use client';
// Leaving: the group's notes stop showing at once, so the page goes back to the list of groups.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/annotations/form-error';
import styles from '@/components/groups/groups.module.css';
import { useGroupAction } from '@/components/groups/use-group-action';
import { leaveGroup } from '@/lib/groups/client';

export function LeaveGroupButton({ groupId, name }: { groupId: string; name: string }) {
  const t = useTranslations('Groups');
  const router = useRouter();
  const { busy, error, run } = useGroupAction();
  return (
    <div className={styles.actions}>
      <button
        type="button"
        className={styles.danger}
        disabled={busy}
        onClick={() =>
          window.confirm(t('confirmLeave', { name })) &&
          run(
            () => leaveGroup(groupId),
            () => router.push('/groups'),
          )
        }
      >
        {t('leave')}
      </button>
      <FormError error={error} className={styles.alert} />
    </div>
  );
}
