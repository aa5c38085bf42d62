'use client';
// One note, open in the side panel: the quote in its language, the rendered comment, tags, colour,
// who may see it, author and dates, the replies and the reply form; the author's edit and delete.
// Several notes at one place (overlapping highlights, a marker) are stepped through one by one.
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { AnchorNotice } from '@/components/annotations/anchor-notice';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { MarkdownView } from '@/components/annotations/markdown-view';
import { useReader } from '@/components/annotations/reader-context';
import { PassageQuotes } from '@/components/annotations/passage-quotes';
import { ReplyThread } from '@/components/annotations/reply-thread';
import { ThreadStatus } from '@/components/annotations/thread-status';
import { LocalTime } from '@/components/i18n/local-time';
import { useCreditLine } from '@/components/annotations/use-credit-line';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { revealAnnotation } from '@/lib/annotations/client/reveal';
import type { RenderedAnnotation } from '@/lib/annotations/types';
import { languagesOf } from '@/lib/annotations/target-order';
import { listFormat } from '@/lib/i18n/format';

type Props = { annotation: RenderedAnnotation; headingId: string; position?: { index: number; count: number; go: (index: number) => void } };

export function VisibilityBadge({ visibility, group }: { visibility: RenderedAnnotation['visibility']; group?: RenderedAnnotation['group'] }) {
  const t = useTranslations('Notes');
  if (visibility === 'group' && group) return <span className="visibility-badge is-group">{group.name}</span>;
  return visibility === 'private' ? (
    <span className="visibility-badge is-private">{t('private')}</span>
  ) : (
    <span className="visibility-badge is-shared">{t('shared')}</span>
  );
}

function DeleteControl({ annotation }: { annotation: RenderedAnnotation }) {
  const t = useTranslations('Notes');
  const describeError = useDescribeError();
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
        <div className="confirm" role="group" aria-label={t('deleteConfirm')}>
          <p>
            {t('deleteConfirm')}
            {replies ? ` ${t('deleteRepliesStay', { count: replies })}` : ''}
          </p>
          <button type="button" className="button-danger" onClick={remove} disabled={deleting} autoFocus>
            {deleting ? t('deleting') : t('deleteNote')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)} disabled={deleting}>
            {t('keep')}
          </button>
        </div>
      ) : (
        <div className="note-actions">
          <button type="button" className="button-secondary" onClick={() => actions.startEdit(annotation.id)}>
            {t('edit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            {t('delete')}
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
  const t = useTranslations('Notes');
  const colors = useTranslations('Colors');
  const creditLine = useCreditLine();
  const { info } = useReader();
  const own = info.viewer?.id === annotation.author.id;
  const edited = annotation.updatedAt !== annotation.createdAt;
  const c = useTranslations('CompareNotes');
  const locale = useLocale();
  // A note that compares languages is headed by all of them: "Note comparing English and Japanese".
  const languages = languagesOf(annotation);
  const quotes = annotation.targets.map((t) => ({
    segmentId: t.segmentId,
    exact: t.exact,
    language: t.language,
    orphaned: t.anchor.status === 'orphaned',
    removed: t.anchor.status === 'orphaned' && t.anchor.reason === 'segment-missing',
    found: t.anchor.status === 'uncertain' ? t.anchor.found : undefined,
  }));
  // A note with one span still drawn can be shown there, even when another is orphaned.
  const drawn = annotation.targets.find((t) => t.anchor.status !== 'orphaned');
  // Made on another text of its language than the language's own (a witness): said, since its
  // highlight shows only where a column shows that text. Each span keeps its own language's
  // witness: a comparison may quote one language's own text and another's working text.
  const witnessOf = (code: string) => annotation.targets.find((t) => t.language === code && t.witness && t.witness !== 'default')?.witness;
  const witnessed = languages.flatMap((code) => {
    const text = witnessOf(code);
    return text ? [{ code, text }] : [];
  });
  const witness = witnessOf(annotation.language);
  const named = (code: string) => {
    const text = witnessOf(code);
    return text ? `${info.languageName(code)} (${t('onText', { text })})` : info.languageName(code);
  };
  return (
    <article className="note-detail" aria-labelledby={headingId} data-annotation-id={annotation.id}>
      <h3 id={headingId} className="note-heading" tabIndex={-1}>
        {annotation.deleted
          ? t('deletedNote')
          : languages.length > 1
            ? c('heading', { languages: listFormat(locale).format(languages.map(named)) })
            : witness
              ? t('noteOnText', { language: info.languageName(annotation.language), text: witness })
              : t('noteOn', { language: info.languageName(annotation.language) })}
      </h3>
      {annotation.deleted
        ? null
        : witnessed.map(({ code, text }) => (
            <p key={code} className="note-witness">
              {t('madeOnOtherText', { language: info.languageName(code), text })}
            </p>
          ))}
      {position && position.count > 1 ? (
        <nav className="note-pager" aria-label={t('pager')}>
          <button type="button" className="link-button" disabled={position.index === 0} onClick={() => position.go(position.index - 1)}>
            {t('previous')}
          </button>
          <span>{t('position', { index: position.index + 1, count: position.count })}</span>
          <button type="button" className="link-button" disabled={position.index === position.count - 1} onClick={() => position.go(position.index + 1)}>
            {t('next')}
          </button>
        </nav>
      ) : null}
      <AnchorNotice annotation={annotation} own={own} />
      <PassageQuotes language={annotation.language} quotes={quotes} />
      {drawn ? (
        <p className="note-show-passage">
          <button type="button" className="link-button" onClick={() => revealAnnotation({ id: annotation.id, segmentId: drawn.segmentId })}>
            {t('showInText')}
          </button>
        </p>
      ) : null}
      {annotation.deleted ? (
        <p className="muted">{t('deletedByAuthor')}</p>
      ) : (
        <>
          {annotation.commentHtml ? <MarkdownView html={annotation.commentHtml} /> : <p className="muted">{t('noComment')}</p>}
          {annotation.tags.length ? (
            <ul className="tag-chips" aria-label={t('tags')}>
              {annotation.tags.map((tag) => (
                <li key={tag} className="tag-chip">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="note-facts">
            <span className="note-color">
              <ColorSwatch color={annotation.color} /> {colors(annotation.color)}
            </span>
            <VisibilityBadge visibility={annotation.visibility} group={annotation.group} />
          </p>
        </>
      )}
      <p className="note-byline">
        <span className="note-author">{annotation.author.name}</span> · <LocalTime iso={annotation.createdAt} />
        {edited && !annotation.deleted ? (
          <span className="muted note-edited">
            {' · '}
            {t.rich('edited', { time: () => <LocalTime iso={annotation.updatedAt} /> })}
          </span>
        ) : null}
      </p>
      {annotation.importedFrom ? <p className="note-credit">{t('imported', { credit: creditLine(annotation.importedFrom) })}</p> : null}
      <ThreadStatus annotation={annotation} />
      {own && !annotation.deleted ? <DeleteControl annotation={annotation} /> : null}
      <ReplyThread annotation={annotation} />
    </article>
  );
}
