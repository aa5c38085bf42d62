'use client';
// The colour and the visibility of an annotation, as radio groups with words, not colour alone.
import { useId } from 'react';
import { colorNames } from '@/lib/annotations/client/wording';
import { palette, type Color, type Visibility } from '@/lib/validations/annotation-limits';

export function ColorField({ value, onChange }: { value: Color; onChange: (color: Color) => void }) {
  const name = useId();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">Colour</legend>
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
            {colorNames[color]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function VisibilityField({ value, onChange }: { value: Visibility; onChange: (visibility: Visibility) => void }) {
  const name = useId();
  return (
    <fieldset className="choice-field">
      <legend className="field-label">Who can see it</legend>
      <label className="visibility-choice">
        <input type="radio" name={name} value="private" checked={value === 'private'} onChange={() => onChange('private')} />
        <span>
          <strong>Private</strong>: only you
        </span>
      </label>
      <label className="visibility-choice">
        <input type="radio" name={name} value="shared" checked={value === 'shared'} onChange={() => onChange('shared')} />
        <span>
          <strong>Shared</strong>: everyone who reads this document, signed in or not
        </span>
      </label>
    </fieldset>
  );
}
