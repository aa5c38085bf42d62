'use client';
// "Share with": Private, each of the reader's groups, or Public, for the note the selection
// toolbar is about to make. The choice is remembered per document (lib/groups/audience.ts).
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { audienceKey, audienceOf, type Audience, type GroupChoice } from '@/lib/groups/audience';

type Props = { value: Audience; groups: readonly GroupChoice[]; onChange: (audience: Audience) => void; disabled?: boolean };

export function AudienceSelect({ value, groups, onChange, disabled }: Props) {
  const t = useTranslations('GroupNotes');
  const locale = useLocale();
  const id = useId();
  return (
    <div className="selection-audience" lang={locale}>
      <label htmlFor={id}>{t('shareWith')}</label>
      <select id={id} value={audienceKey(value)} disabled={disabled} onChange={(event) => onChange(audienceOf(event.target.value, groups))}>
        <option value="private">{t('private')}</option>
        {groups.map((group) => (
          <option key={group.id} value={audienceKey({ visibility: 'group', groupId: group.id })}>
            {t('groupOption', { name: group.name })}
          </option>
        ))}
        <option value="shared">{t('public')}</option>
      </select>
    </div>
  );
}
