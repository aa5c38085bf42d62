'use client';
// The replies under a note, oldest first, each editable and deletable by its author, and the form
// to add one. A refused reply keeps its text and shows the API's words.
import { useId, useState, type FormEvent } from 'react';
import { FormError, type Failure } from '@/components/annotations/form-error';
import { MarkdownField } from '@/components/annotations/markdown-field';
import { MarkdownView } from '@/components/annotations/markdown-view';
import { useReader } from '@/components/annotations/reader-context';
import { codePointLength } from '@/lib/anchoring';
import { describeError } from '@/lib/annotations/client/api';
import { creditLine } from '@/lib/annotations/credit';
import { formatMoment } from '@/lib/annotations/client/wording';
import type { RenderedAnnotation, RenderedReply } from '@/lib/annotations/types';
import { limits } from '@/lib/validations/annotation-limits';

/** Checks a reply as the API will: 1 to 10,000 characters once trimmed. */
function replyProblem(body: string): string | null {
  if (!body.trim()) return 'Write something first.';
  return codePointLength(body.trim()) > limits.reply ? `A reply can have at most ${limits.reply.toLocaleString('en')} characters.` : null;
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
  const [body, setBody] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = replyProblem(body);
    if (problem) return setError({ message: problem, issues: [] });
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
          {saving ? 'Sending…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ReplyItem({ annotation, reply }: { annotation: RenderedAnnotation; reply: RenderedReply }) {
  const { actions, info } = useReader();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const own = info.viewer?.id === reply.author.id;
  const edited = reply.updatedAt !== reply.createdAt;

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
        <span className="note-author">{reply.author.name}</span> · <time dateTime={reply.createdAt}>{formatMoment(reply.createdAt)}</time>
        {edited ? <span className="muted"> · edited {formatMoment(reply.updatedAt)}</span> : null}
      </p>
      {reply.importedFrom ? <p className="note-credit">Imported {creditLine(reply.importedFrom)}</p> : null}
      {editing ? (
        <ReplyForm
          annotationId={annotation.id}
          label="Your reply"
          initial={reply.body}
          submitLabel="Save reply"
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
      {own && !editing ? (
        confirming ? (
          <div className="confirm" role="group" aria-label="Delete this reply?">
            <span>Delete this reply?</span>
            <button type="button" className="button-danger" onClick={remove} autoFocus>
              Delete reply
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <div className="note-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> reply</span>
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              Delete<span className="visually-hidden"> reply</span>
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

export function ReplyThread({ annotation }: { annotation: RenderedAnnotation }) {
  const { actions, info } = useReader();
  const id = useId();
  const count = annotation.replies.length;
  return (
    <section className="reply-thread" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="reply-thread-title">
        {count === 0 ? 'Replies' : count === 1 ? '1 reply' : `${count} replies`}
      </h4>
      {count ? (
        <ol className="replies">
          {annotation.replies.map((reply) => (
            <ReplyItem key={reply.id} annotation={annotation} reply={reply} />
          ))}
        </ol>
      ) : null}
      {annotation.deleted ? (
        <p className="muted">Replies are closed: the note was deleted.</p>
      ) : info.viewer ? (
        <ReplyForm annotationId={annotation.id} label="Reply" submitLabel="Post reply" onSubmit={(body) => actions.addReply(annotation.id, body)} />
      ) : (
        <p>
          <a href={info.signInHref(annotation.targets[0]?.segmentId)}>Sign in to reply</a>
        </p>
      )}
    </section>
  );
}
