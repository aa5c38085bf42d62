'use client';
// Makes a group (the reader owns it) and shows its first invite link to share.
import { Link } from '@/components/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/annotations/form-error';
import { InviteLink } from '@/components/groups/invite-link';
import styles from '@/components/groups/groups.module.css';
import { useGroupError } from '@/components/groups/use-group-action';
import { createGroup } from '@/lib/groups/client';
import type { CreatedGroup } from '@/lib/groups/types';
import { limits } from '@/lib/validations/annotation-limits';

export function CreateGroupForm() {
  const t = useTranslations('Groups');
  const router = useRouter();
  const describeError = useGroupError();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  const [created, setCreated] = useState<CreatedGroup | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setError({ message: t('errors.nameRequired'), issues: [] });
    setSaving(true);
    setError(null);
    try {
      setCreated(await createGroup(name, description));
      setName('');
      setDescription('');
      router.refresh();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {created ? (
        <div className={styles.notice} role="status">
          <p>{t.rich('created', { name: created.name, link: (chunks) => <Link href={`/groups/${created.id}`}>{chunks}</Link> })}</p>
          <InviteLink joinPath={created.joinPath} />
        </div>
      ) : null}
      <form className={styles.form} onSubmit={submit} noValidate>
        <div className={styles.field}>
          <label htmlFor="group-name">{t('name')}</label>
          <input id="group-name" required maxLength={limits.groupName} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="group-description">{t('description')}</label>
          <textarea
            id="group-description"
            rows={2}
            maxLength={limits.groupDescription}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <FormError error={error} className={styles.alert} />
        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={saving}>
            {saving ? t('creating') : t('createButton')}
          </button>
        </div>
      </form>
    </>
  );
}
