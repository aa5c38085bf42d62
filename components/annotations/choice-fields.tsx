'use client';
// The colour and the visibility of an annotation, as radio groups with words, not colour alone.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { palette, type Color, type Visibility } from '@/lib/validations/annotation-limits';

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

export function VisibilityField({ value, onChange }: { value: Visibility; onChange: (visibility: Visibility) => void }) {
  const t = useTranslations('Notes');
  const name = useId();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">{t('whoCanSee')}</legend>
      <label className="visibility-choice">
        <input type="radio" name={name} value="private" checked={value === 'private'} onChange={() => onChange('private')} />
        <span>{t.rich('privateChoice', { strong: (text) => <strong>{text}</strong> })}</span>
      </label>
      <label className="visibility-choice">
        <input type="radio" name={name} value="shared" checked={value === 'shared'} onChange={() => onChange('shared')} />
        <span>{t.rich('sharedChoice', { strong: (text) => <strong>{text}</strong> })}</span>
      </label>
    </fieldset>
  );
}
