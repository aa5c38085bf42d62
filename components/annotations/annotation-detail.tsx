'use client';
// One note, open in the side panel: the quote in its language, the rendered comment, tags, colour,
// who may see it, author and dates, the replies and the reply form; the author's edit and delete.
// Several notes at one place (overlapping highlights, a marker) are stepped through one by one.
import { useState } from 'react';
import { AnchorNotice } from '@/components/annotations/anchor-notice';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { MarkdownView } from '@/components/annotations/markdown-view';
import { useReader } from '@/components/annotations/reader-context';
import { PassageQuotes } from '@/components/annotations/passage-quotes';
import { ReplyThread } from '@/components/annotations/reply-thread';
import { ThreadStatus } from '@/components/annotations/thread-status';
import { describeError } from '@/lib/annotations/client/api';
import { creditLine } from '@/lib/annotations/credit';
import { revealAnnotation } from '@/lib/annotations/client/reveal';
import { colorNames, formatMoment } from '@/lib/annotations/client/wording';
import type { RenderedAnnotation } from '@/lib/annotations/types';

type Props = { annotation: RenderedAnnotation; headingId: string; position?: { index: number; count: number; go: (index: number) => void } };

export function VisibilityBadge({ visibility, group }: { visibility: RenderedAnnotation['visibility']; group?: RenderedAnnotation['group'] }) {
  if (visibility === 'group' && group) return <span className="visibility-badge is-group">{group.name}</span>;
  return visibility === 'private' ? (
    <span className="visibility-badge is-private">Private: only you</span>
  ) : (
    <span className="visibility-badge is-shared">Shared</span>
  );
}

function DeleteControl({ annotation }: { annotation: RenderedAnnotation }) {
  const { actions } = useReader();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<{ message: string } | null>(null);
  const replies = annotation.replies.length;

  async function remove() {
    setDeleting(true);
    setError(null);
    try {
      await actions.remove(annotation.id);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  }

  return (
    <>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Delete this note?">
          <p>
            Delete this note?
            {replies ? ` Its ${replies === 1 ? 'reply stays' : `${replies} replies stay`} under a “deleted” placeholder.` : ''}
          </p>
          <button type="button" className="button-danger" onClick={remove} disabled={deleting} autoFocus>
            {deleting ? 'Deleting…' : 'Delete note'}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)} disabled={deleting}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="note-actions">
          <button type="button" className="button-secondary" onClick={() => actions.startEdit(annotation.id)}>
            Edit
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      ) : null}
    </>
  );
}

export function AnnotationDetail({ annotation, headingId, position }: Props) {
  const { info } = useReader();
  const own = info.viewer?.id === annotation.author.id;
  const edited = annotation.updatedAt !== annotation.createdAt;
  const quotes = annotation.targets.map((t) => ({
    segmentId: t.segmentId,
    exact: t.exact,
    orphaned: t.anchor.status === 'orphaned',
    removed: t.anchor.status === 'orphaned' && t.anchor.reason === 'segment-missing',
    found: t.anchor.status === 'uncertain' ? t.anchor.found : undefined,
  }));
  // A note with one span still drawn can be shown there, even when another is orphaned.
  const drawn = annotation.targets.find((t) => t.anchor.status !== 'orphaned');
  return (
    <article className="note-detail" aria-labelledby={headingId} data-annotation-id={annotation.id}>
      <h3 id={headingId} className="note-heading" tabIndex={-1}>
        {annotation.deleted ? 'Deleted note' : `Note on the ${info.languageName(annotation.language)} text`}
      </h3>
      {position && position.count > 1 ? (
        <nav className="note-pager" aria-label="Notes at this place">
          <button type="button" className="link-button" disabled={position.index === 0} onClick={() => position.go(position.index - 1)}>
            ← Previous
          </button>
          <span>
            {position.index + 1} of {position.count} here
          </span>
          <button type="button" className="link-button" disabled={position.index === position.count - 1} onClick={() => position.go(position.index + 1)}>
            Next →
          </button>
        </nav>
      ) : null}
      <AnchorNotice annotation={annotation} own={own} />
      <PassageQuotes language={annotation.language} quotes={quotes} />
      {drawn ? (
        <p className="note-show-passage">
          <button type="button" className="link-button" onClick={() => revealAnnotation({ id: annotation.id, segmentId: drawn.segmentId })}>
            Show in the text
          </button>
        </p>
      ) : null}
      {annotation.deleted ? (
        <p className="muted">Its author deleted this note. The replies stay so that the discussion is not lost.</p>
      ) : (
        <>
          {annotation.commentHtml ? <MarkdownView html={annotation.commentHtml} /> : <p className="muted">A highlight without a comment.</p>}
          {annotation.tags.length ? (
            <ul className="tag-chips" aria-label="Tags">
              {annotation.tags.map((tag) => (
                <li key={tag} className="tag-chip">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="note-facts">
            <span className="note-color">
              <ColorSwatch color={annotation.color} /> {colorNames[annotation.color]}
            </span>
            <VisibilityBadge visibility={annotation.visibility} group={annotation.group} />
          </p>
        </>
      )}
      <p className="note-byline">
        <span className="note-author">{annotation.author.name}</span> · <time dateTime={annotation.createdAt}>{formatMoment(annotation.createdAt)}</time>
        {edited && !annotation.deleted ? <span className="muted"> · edited {formatMoment(annotation.updatedAt)}</span> : null}
      </p>
      {annotation.importedFrom ? <p className="note-credit">Imported {creditLine(annotation.importedFrom)}</p> : null}
      <ThreadStatus annotation={annotation} />
      {own && !annotation.deleted ? <DeleteControl annotation={annotation} /> : null}
      <ReplyThread annotation={annotation} />
    </article>
  );
}
