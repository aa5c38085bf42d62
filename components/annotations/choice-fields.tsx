'use client';
// The colour and the visibility of an annotation, as radio groups with words, not colour alone.
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Audience } from '@/lib/groups/audience';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { colorNames } from '@/lib/annotations/client/wording';
import { palette, type Color } from '@/lib/validations/annotation-limits';

export function ColorField({ value, onChange }: { value: Color; onChange: (color: Color) => void }) {
  const name = useId();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">Colour</legend>
      <div className="color-choices">
        {palette.map((color) => (
          <label key={color} className="color-choice">
            <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} />
            <ColorSwatch color={color} />
            {colorNames[color]}
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
  const name = useId();
  const t = useTranslations('GroupNotes');
  const locale = useLocale();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">Who can see it</legend>
      <label className="visibility-choice">
        <input type="radio" name={name} value="private" checked={value.visibility === 'private'} onChange={() => onChange({ visibility: 'private' })} />
        <span>
          <strong>Private</strong>: only you
        </span>
      </label>
      {groups.map((group) => (
        <label key={group.id} className="visibility-choice" lang={locale}>
          <input
            type="radio"
            name={name}
            value={`group:${group.id}`}
            checked={value.visibility === 'group' && value.groupId === group.id}
            onChange={() => onChange({ visibility: 'group', groupId: group.id })}
          />
          <span>{t.rich('groupChoice', { name: group.name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
        </label>
      ))}
      <label className="visibility-choice">
        <input type="radio" name={name} value="shared" checked={value.visibility === 'shared'} onChange={() => onChange({ visibility: 'shared' })} />
        <span>
          <strong>Shared</strong>: everyone who reads this document, signed in or not
        </span>
      </label>
    </fieldset>
  );
}
