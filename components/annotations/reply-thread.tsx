'use client';
// The replies under a note, oldest first, each editable and deletable by its author, and the form
// to add one. A refused reply keeps its text and shows the API's words.
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { FormError, type Failure } from '@/components/annotations/form-error';
import { MarkdownField } from '@/components/annotations/markdown-field';
import { MarkdownView } from '@/components/annotations/markdown-view';
import { useModerates } from '@/components/annotations/thread-status';
import { useReader } from '@/components/annotations/reader-context';
import { codePointLength } from '@/lib/anchoring';
import { useCreditLine } from '@/components/annotations/use-credit-line';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { LocalTime } from '@/components/i18n/local-time';
import type { RenderedAnnotation, RenderedReply } from '@/lib/annotations/types';
import { limits } from '@/lib/validations/annotation-limits';

/** Checks a reply as the API will: 1 to 10,000 characters once trimmed. */
function replyProblem(body: string): 'writeSomething' | 'replyTooLong' | null {
  if (!body.trim()) return 'writeSomething';
  return codePointLength(body.trim()) > limits.reply ? 'replyTooLong' : null;
}

function ReplyForm({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
  annotationId,
}: {
  annotationId: string;
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
  const [body, setBody] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = replyProblem(body);
    if (problem) return setError({ message: t(problem, { max: limits.reply }), issues: [] });
    setSaving(true);
    setError(null);
    try {
      await onSubmit(body.trim());
      if (!onCancel) setBody('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="reply-form" onSubmit={submit} noValidate>
      <MarkdownField label={label} value={body} onChange={setBody} max={limits.reply} rows={3} autoFocus={!!onCancel} mentionsIn={annotationId} />
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('sending') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={saving}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ReplyItem({ annotation, reply }: { annotation: RenderedAnnotation; reply: RenderedReply }) {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
  const creditLine = useCreditLine();
  const { actions, info } = useReader();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const own = info.viewer?.id === reply.author.id;
  const edited = reply.updatedAt !== reply.createdAt;
  const moderates = useModerates(annotation);
  const g = useTranslations('GroupNotes');
  const locale = useLocale();

  async function toggleHidden() {
    setError(null);
    try {
      await actions.setReplyHidden(annotation.id, reply.id, !reply.hidden);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function remove() {
    try {
      await actions.removeReply(annotation.id, reply.id);
    } catch (failure) {
      setError(describeError(failure));
      setConfirming(false);
    }
  }

  return (
    <li className="reply">
      <p className="note-byline">
        <span className="note-author">{reply.author.name}</span> · <LocalTime iso={reply.createdAt} />
        {edited ? (
          <span className="muted note-edited">
            {' · '}
            {t.rich('edited', { time: () => <LocalTime iso={reply.updatedAt} /> })}
          </span>
        ) : null}
      </p>
      {reply.importedFrom ? <p className="note-credit">{t('imported', { credit: creditLine(reply.importedFrom) })}</p> : null}
      {reply.hidden ? (
        <p className="thread-hidden" lang={locale}>
          {g('replyHidden')}
        </p>
      ) : null}
      {editing ? (
        <ReplyForm
          annotationId={annotation.id}
          label={t('yourReply')}
          initial={reply.body}
          submitLabel={t('saveReply')}
          onSubmit={async (body) => {
            await actions.editReply(annotation.id, reply.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <MarkdownView html={reply.bodyHtml} />
      )}
      <FormError error={error} />
      {moderates && !editing ? (
        <div className="note-actions" lang={locale}>
          <button type="button" className="link-button" onClick={toggleHidden}>
            {reply.hidden ? g('unhideReply') : g('hideReply')}
          </button>
        </div>
      ) : null}
      {own && !editing ? (
        confirming ? (
          <div className="confirm" role="group" aria-label={t('deleteReplyConfirm')}>
            <span>{t('deleteReplyConfirm')}</span>
            <button type="button" className="button-danger" onClick={remove} autoFocus>
              {t('deleteReply')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </div>
        ) : (
          <div className="note-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t.rich('editReplyShort', { hidden: (text) => <span className="visually-hidden">{text}</span> })}
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              {t.rich('deleteReplyShort', { hidden: (text) => <span className="visually-hidden">{text}</span> })}
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

export function ReplyThread({ annotation }: { annotation: RenderedAnnotation }) {
  const t = useTranslations('Notes');
  const { actions, info } = useReader();
  const id = useId();
  const count = annotation.replies.length;
  return (
    <section className="reply-thread" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="reply-thread-title">
        {t('replies', { count })}
      </h4>
      {count ? (
        <ol className="replies">
          {annotation.replies.map((reply) => (
            <ReplyItem key={reply.id} annotation={annotation} reply={reply} />
          ))}
        </ol>
      ) : null}
      {annotation.deleted ? (
        <p className="muted">{t('repliesClosed')}</p>
      ) : annotation.group && !info.groups.some((group) => group.id === annotation.group!.id) ? (
        // Its author, out of the group now: the thread is its members' (lib/annotations/access.ts, inThread).
        <p className="muted">{t('threadForMembers', { group: annotation.group.name })}</p>
      ) : info.viewer ? (
        <ReplyForm annotationId={annotation.id} label={t('reply')} submitLabel={t('postReply')} onSubmit={(body) => actions.addReply(annotation.id, body)} />
      ) : (
        <p>
          <a href={info.signInHref(annotation.targets[0]?.segmentId)}>{t('signInToReply')}</a>
        </p>
      )}
    </section>
  );
}
