// One annotation in the print view: the same content, in the same order, as a section of the
// Markdown export (lib/export/markdown.ts), as HTML with lang on every quoted text.
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Annotation } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { formatDateTime } from '@/lib/export/options';
import { passageOf, type LanguageLabel } from '@/lib/export/passage';
import { markdownTree } from '@/lib/markdown/render';
import { creditLine } from '@/lib/annotations/credit';

function Quote({ caption, language, segmentId, text }: { caption: string; language: LanguageLabel; segmentId: string; text: string }) {
  return (
    <figure className="print-passage">
      <figcaption>
        <strong>
          {caption}
          {language.name}
        </strong>{' '}
        (lang: {language.code}){language.witness ? ` · text ${language.witness}` : null} · {language.status} · segment {segmentId}
      </figcaption>
      <blockquote lang={language.code}>
        {text.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </blockquote>
    </figure>
  );
}

/**
 * Reader-written Markdown, rendered and sanitised by lib/markdown, as React elements: React escapes
 * every text, so a `<draft>` written in a comment prints as `&lt;draft&gt;`, the word it was.
 */
function UserMarkdown({ source }: { source: string }) {
  return <div className="print-markdown">{toJsxRuntime(markdownTree(source), { Fragment, jsx, jsxs })}</div>;
}

type Props = { number: number; annotation: Annotation; document: DocumentContent; baseUrl: string };

export function PrintedAnnotation({ number, annotation, document, baseUrl }: Props) {
  const passage = passageOf(document, annotation, baseUrl);
  const first = passage.selected[0];
  // As in the Markdown export: a note that compares languages names each ("English and Japanese, s2-p1").
  const names = [...new Set(passage.selected.map((s) => s.language.name))];
  const where = first ? `${names.join(' and ')}, ${passage.segmentIds.join(', ')}` : annotation.language;
  const headingId = `print_annotation_${number}`;
  const modified = annotation.updatedAt !== annotation.createdAt ? ` · modified ${formatDateTime(annotation.updatedAt)}` : '';
  return (
    <article className="print-annotation" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {number}. {annotation.deleted ? 'Deleted annotation' : 'Annotation'} ({where})
      </h2>
      {annotation.deleted ? (
        <p>
          <em>Deleted by its author; the replies remain.</em>
        </p>
      ) : (
        <>
          {annotation.status === 'orphaned' ? (
            <p className="print-orphaned">
              <strong>Orphaned:</strong> this passage no longer appears in the current text; the quote is as it was when annotated.
            </p>
          ) : annotation.status === 'uncertain' ? (
            <p className="print-orphaned">
              <strong>The text here changed:</strong> the passage was found again, but not as it was when annotated; the quote is as it was.
            </p>
          ) : null}
          {passage.selected.map((s, i) => (
            <Quote
              key={`s${i}`}
              caption={s.orphaned ? 'Orphaned quote, ' : s.anchor.status === 'uncertain' ? 'Uncertain quote, ' : ''}
              language={s.language}
              segmentId={s.segmentId}
              text={s.exact}
            />
          ))}
          {passage.aligned.map((a, i) => (
            <Quote key={`a${i}`} caption="Aligned text, " language={a.language} segmentId={a.segmentId} text={a.text} />
          ))}
          {annotation.comment.trim() ? (
            <section className="print-comment">
              <h3>Comment</h3>
              <UserMarkdown source={annotation.comment} />
            </section>
          ) : null}
        </>
      )}
      {annotation.replies.length ? (
        <section className="print-replies">
          <h3>Replies ({annotation.replies.length})</h3>
          <ol>
            {annotation.replies.map((reply) => (
              <li key={reply.id}>
                <p className="print-reply-meta">
                  <strong>{reply.author.name}</strong>, {formatDateTime(reply.createdAt)}
                  {reply.importedFrom ? ` (imported ${creditLine(reply.importedFrom)})` : null}
                </p>
                <UserMarkdown source={reply.body} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <ul className="print-meta">
        {annotation.tags.length ? (
          <li>
            <strong>Tags:</strong> {annotation.tags.map((tag, i) => [i ? ', ' : '', <code key={tag}>{tag}</code>])}
          </li>
        ) : null}
        {annotation.deleted ? null : (
          <>
            <li>
              <strong>Author:</strong> {annotation.author.name}, {formatDateTime(annotation.createdAt)}
              {modified}
            </li>
            {annotation.importedFrom ? (
              <li>
                <strong>Imported:</strong> {creditLine(annotation.importedFrom)}
              </li>
            ) : null}
            <li>
              <strong>Colour:</strong> <span className={`print-swatch print-swatch-${annotation.color}`} aria-hidden="true" /> {annotation.color} ·{' '}
              <strong>Visibility:</strong> {annotation.visibility}
            </li>
          </>
        )}
        <li>
          <strong>In the reader:</strong> <a href={passage.link}>{passage.link}</a>
        </li>
      </ul>
    </article>
  );
}
