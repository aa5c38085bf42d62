'use client';
// The colour and the visibility of an annotation, as radio groups with words, not colour alone.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Audience } from '@/lib/groups/audience';
import { palette, type Color } from '@/lib/validations/annotation-limits';

export function ColorField({ value, onChange }: { value: Color; onChange: (color: Color) => void }) {
  const t = useTranslations('Notes');
  const colors = useTranslations('Colors');
  const name = useId();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">{t('colour')}</legend>
      <div className="color-choices">
        {palette.map((color) => (
          <label key={color} className="color-choice">
            {/* The ring is the radio itself: one control per colour, named by the word beside it. */}
            <input
              type="radio"
              className="color-radio"
              data-color={color}
              name={name}
              value={color}
              checked={value === color}
              onChange={() => onChange(color)}
            />
            {colors(color)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function VisibilityField({
  value,
  groups,
  onChange,
}: {
  value: Audience;
  groups: readonly { id: string; name: string }[];
  onChange: (audience: Audience) => void;
}) {
  const t = useTranslations('Notes');
  const name = useId();
  const g = useTranslations('GroupNotes');
  return (
    <fieldset className="choice-field">
      <legend className="field-label">{t('whoCanSee')}</legend>
      <label className="visibility-choice">
        <input type="radio" name={name} value="private" checked={value.visibility === 'private'} onChange={() => onChange({ visibility: 'private' })} />
        <span>{t.rich('privateChoice', { strong: (text) => <strong>{text}</strong> })}</span>
      </label>
      {groups.map((group) => (
        <label key={group.id} className="visibility-choice">
          <input
            type="radio"
            name={name}
            value={`group:${group.id}`}
            checked={value.visibility === 'group' && value.groupId === group.id}
            onChange={() => onChange({ visibility: 'group', groupId: group.id })}
          />
          <span>{g.rich('groupChoice', { name: group.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
        </label>
      ))}
      <label className="visibility-choice">
        <input type="radio" name={name} value="shared" checked={value.visibility === 'shared'} onChange={() => onChange({ visibility: 'shared' })} />
        <span>{t.rich('sharedChoice', { strong: (text) => <strong>{text}</strong> })}</span>
      </label>
    </fieldset>
  );
}
