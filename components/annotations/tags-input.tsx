'use client';
// Tags as chips: typed into one field, added with Enter or a comma, removed with their own
// button. The same rules as the API: up to 20 tags of up to 50 characters, no commas.
import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { withTypedTags, type TagProblem } from '@/lib/annotations/client/tags';
import { limits } from '@/lib/validations/annotation-limits';

type Props = { tags: string[]; onChange: (tags: string[]) => void; text: string; onText: (text: string) => void };

export function TagsInput({ tags, onChange, text, onText }: Props) {
  const t = useTranslations('Notes');
  const id = useId();
  const [problem, setProblem] = useState<TagProblem | null>(null);

  function commit() {
    const result = withTypedTags(tags, text);
    setProblem(result.problem);
    if (!result.problem) {
      onChange(result.tags);
      onText('');
    }
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && text === '' && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="tags-field">
      <label htmlFor={`${id}-input`} className="field-label">
        {t('tags')} <span className="field-optional">{t('tagsCount', { count: tags.length, max: limits.tags })}</span>
      </label>
      {tags.length ? (
        <ul className="tag-chips" aria-label={t('tagsAdded')}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button type="button" aria-label={t('removeTag', { tag })} onClick={() => onChange(tags.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={`${id}-input`}
        className="text-input"
        value={text}
        disabled={tags.length >= limits.tags}
        aria-describedby={`${id}-help`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setProblem(null);
          onText(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => text.trim() && commit()}
      />
      <p id={`${id}-help`} className={problem ? 'field-help field-error' : 'field-help'}>
        {problem ? t(problem.key, { max: problem.max }) : t('tagHelp')}
      </p>
    </div>
  );
}
