'use client';
// For the group's owner: its name and description, changed in place (PATCH /api/groups/<id>).
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/annotations/form-error';
import styles from '@/components/groups/groups.module.css';
import { useGroupAction } from '@/components/groups/use-group-action';
import { updateGroup } from '@/lib/groups/client';
import { limits } from '@/lib/validations/annotation-limits';

export function GroupSettingsForm({ groupId, name: savedName, description: savedDescription }: { groupId: string; name: string; description: string }) {
  const t = useTranslations('Groups');
  const { busy, error, setError, run } = useGroupAction();
  const [name, setName] = useState(savedName);
  const [description, setDescription] = useState(savedDescription);
  const [saved, setSaved] = useState(false);
  const changed = name.trim() !== savedName || description.trim() !== savedDescription;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!name.trim()) return setError({ message: t('errors.nameRequired'), issues: [] });
    void run(
      () => updateGroup(groupId, { name, description }),
      () => setSaved(true),
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="settings">
      <div className={styles.field}>
        <label htmlFor="group-settings-name">{t('name')}</label>
        <input
          id="group-settings-name"
          required
          maxLength={limits.groupName}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(false);
          }}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="group-settings-description">{t('description')}</label>
        <textarea
          id="group-settings-description"
          rows={3}
          maxLength={limits.groupDescription}
          value={description}
          onChange={(event) => {
            setDescription(event.target.value);
            setSaved(false);
          }}
        />
      </div>
      <FormError error={error} className={styles.alert} />
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy || !changed}>
          {busy ? t('saving') : t('save')}
        </button>
        <span role="status" className={styles.status}>
          {saved && !changed ? t('saved') : ''}
        </span>
      </div>
    </form>
  );
}
