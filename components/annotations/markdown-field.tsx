'use client';
// A Markdown text area with a preview of what readers will see (rendered and sanitised by the
// server, as it will be), and a count of characters against the API's limit.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { MarkdownView } from '@/components/annotations/markdown-view';
import { MentionTextarea, type MentionSource } from '@/components/annotations/mention-textarea';
import { codePointLength } from '@/lib/anchoring';
import { previewMarkdown } from '@/lib/annotations/client/api';
import { useDescribeError } from '@/components/annotations/use-describe-error';

type Preview = { markdown: string; html: string } | { markdown: string; error: string };

/** The server's rendering of `markdown` while `on`, or null while it comes. */
function usePreview(markdown: string, on: boolean): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(null);
  const describeError = useDescribeError();
  useEffect(() => {
    if (!on || !markdown.trim()) return;
    let live = true;
    previewMarkdown(markdown).then(
      (html) => live && setPreview({ markdown, html }),
      (error) => live && setPreview({ markdown, error: describeError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [markdown, on, describeError]);
  return preview?.markdown === markdown ? preview : null;
}

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  autoFocus?: boolean;
  placeholder?: string;
  lang?: string;
  /** A thread's note (its id), or the group a new note goes to: `@` then suggests the people who may be mentioned there. */
  mentionsIn?: MentionSource;
};

function MentionHelp({ id }: { id: string }) {
  const t = useTranslations('Mentions');
  return <span id={id}>{t.rich('help', { code: (chunks) => <code>{chunks}</code> })} </span>;
}

export function MarkdownField({ label, value, onChange, max, rows = 5, autoFocus, placeholder, lang, mentionsIn }: Props) {
  const t = useTranslations('Notes');
  const locale = useLocale();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const rendered = usePreview(value, preview);
  const length = codePointLength(value);
  const over = length > max;
  const textareaProps = {
    id: `${id}-text`,
    className: 'markdown-textarea',
    rows,
    autoFocus,
    placeholder,
    lang,
    'aria-describedby': `${id}-help ${id}-count${mentionsIn ? ` ${id}-mentions` : ''}`,
    'aria-invalid': over || undefined,
  };
  return (
    <div className="markdown-field">
      <div className="markdown-field-head">
        <label htmlFor={`${id}-text`} className="field-label">
          {label}
        </label>
        <div className="markdown-field-modes" role="group" aria-label={t('writeOrPreview', { label })}>
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('preview')}
          </button>
        </div>
      </div>
      {preview ? (
        <div className="markdown-preview" aria-label={t('previewOf', { label: label.toLocaleLowerCase(locale) })} role="region" lang={lang}>
          {!value.trim() ? (
            <p className="muted">{t('nothingToPreview')}</p>
          ) : !rendered ? (
            <p className="muted">{t('preparingPreview')}</p>
          ) : 'html' in rendered ? (
            <MarkdownView html={rendered.html} />
          ) : (
            <p className="form-error">{t('previewFailed', { error: rendered.error })}</p>
          )}
        </div>
      ) : mentionsIn ? (
        <MentionTextarea {...textareaProps} source={mentionsIn} value={value} onChange={onChange} />
      ) : (
        <textarea {...textareaProps} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
      <p className="field-help">
        <span id={`${id}-help`}>{t.rich('markdownHelp', { code: (text) => <code>{text}</code> })}</span>{' '}
        {mentionsIn ? <MentionHelp id={`${id}-mentions`} /> : null}
        <span id={`${id}-count`} className={over ? 'field-count is-over' : 'field-count'}>
          {t(over ? 'characterCountOver' : 'characterCount', { length, max })}
        </span>
      </p>
    </div>
  );
}
