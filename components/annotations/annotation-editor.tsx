'use client';
// Writing or changing a note: the comment (Markdown, with a preview), tags, colour and who may see
// it. A refused save shows the API's words and keeps everything typed.
import { FormError } from '@/components/annotations/form-error';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { ColorField, VisibilityField } from '@/components/annotations/choice-fields';
import { MarkdownField } from '@/components/annotations/markdown-field';
import { PassageQuotes, type Quote } from '@/components/annotations/passage-quotes';
import { useGroups, useReader } from '@/components/annotations/reader-context';
import { TagsInput } from '@/components/annotations/tags-input';
import { codePointLength } from '@/lib/anchoring';
import type { EditorValues } from '@/lib/annotations/client/actions';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { withTypedTags } from '@/lib/annotations/client/tags';
import { limits } from '@/lib/validations/annotation-limits';

type Props = {
  headingId: string;
  heading: string;
  language: string;
  quotes: Quote[];
  initial: EditorValues;
  submitLabel: string;
  /** Someone else's words, imported and credited: they stay private (the API refuses to share them). */
  credited?: boolean;
  /** The group the note is shared with now, if any. */
  group?: { id: string; name: string } | null;
  /** The note being changed (none while writing a new one). */
  annotationId?: string;
  onSubmit: (values: EditorValues) => Promise<unknown>;
  onCancel: () => void;
};

export function AnnotationEditor({
  headingId,
  heading,
  language,
  quotes,
  initial,
  submitLabel,
  credited = false,
  group = null,
  annotationId,
  onSubmit,
  onCancel,
}: Props) {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
  const { actions } = useReader();
  const groups = useGroups();
  // The note's own group stays offered to its author after they left it.
  const groupsOffered = group && !groups.some((g) => g.id === group.id) ? [...groups, group] : groups;
  const [values, setValues] = useState(initial);
  const [tagText, setTagText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  const set = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  // `@` suggests the members of the group the note is shared with (as chosen in this form), or, for a
  // saved note shared otherwise, the people of its thread; a private new note mentions no one.
  const mentionsIn = values.visibility === 'group' && values.groupId ? { groupId: values.groupId } : annotationId;
  const changed = JSON.stringify(values) !== JSON.stringify(initial) || tagText.trim() !== '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = withTypedTags(values.tags, tagText);
    if (typed.problem) return setError({ message: t(typed.problem.key, { max: typed.problem.max }), issues: [] });
    if (codePointLength(values.comment) > limits.comment) {
      return setError({ message: t('commentTooLong', { max: limits.comment }), issues: [] });
    }
    const next = { ...values, tags: typed.tags };
    setValues(next);
    setTagText('');
    setSaving(true);
    setError(null);
    try {
      await onSubmit(next);
    } catch (failure) {
      setError(describeError(failure));
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Escape never throws away what was written: it only leaves an untouched form.
    if (!changed) onCancel();
    else {
      event.currentTarget.querySelector<HTMLButtonElement>('[data-cancel]')?.focus();
      actions.announce('unsaved');
    }
  }

  return (
    <form className="note-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} className="note-heading" tabIndex={-1}>
        {heading}
      </h3>
      <PassageQuotes language={language} quotes={quotes} />
      <MarkdownField
        label={t('comment')}
        value={values.comment}
        onChange={(v) => set('comment', v)}
        max={limits.comment}
        autoFocus
        placeholder={t('commentPlaceholder')}
        mentionsIn={mentionsIn}
      />
      <TagsInput tags={values.tags} onChange={(tags) => set('tags', tags)} text={tagText} onText={setTagText} />
      <ColorField value={values.color} onChange={(color) => set('color', color)} />
      {credited ? (
        <p className="field-label">{t('creditedPrivate')}</p>
      ) : (
        <VisibilityField
          value={{ visibility: values.visibility, groupId: values.groupId }}
          groups={groupsOffered}
          onChange={({ visibility, groupId }) => setValues((current) => ({ ...current, visibility, groupId }))}
        />
      )}
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('saving') : submitLabel}
        </button>
        <button type="button" className="button-secondary" data-cancel="" onClick={onCancel} disabled={saving}>
          {changed ? t('discard') : t('cancel')}
        </button>
      </div>
    </form>
  );
}
