'use client';
// The quoted passage of a note, in its own language, one quote per segment it spans, each with
// a link to its place in the text. A quote that no longer matches the text says so openly: an
// orphaned one links to where it was (or, when its segment left the text, says so: there is no
// place to link to); an uncertain one says what the text there reads now.
import { useTranslations } from 'next-intl';
import { useReader } from '@/components/annotations/reader-context';

/** `found`: for an uncertain span, what the text where it was found again reads; `removed`: its segment is gone. */
export type Quote = { segmentId: string; exact: string; orphaned?: boolean; removed?: boolean; found?: string };

export function PassageQuotes({ language, quotes }: { language: string; quotes: Quote[] }) {
  const t = useTranslations('Notes');
  const { info } = useReader();
  return (
    <figure className="note-quotes">
      <figcaption className="note-quotes-caption">{t('quotesCaption', { language: info.languageName(language), count: quotes.length })}</figcaption>
      {quotes.map((quote, i) => (
        <div
          key={`${quote.segmentId}-${i}`}
          className="note-quote-item"
          data-orphaned={quote.orphaned ? '' : undefined}
          data-uncertain={quote.found !== undefined ? '' : undefined}
        >
          <blockquote className="note-quote" lang={language}>
            {quote.exact}
          </blockquote>
          <p className="note-quote-meta">
            {quote.removed ? (
              <span>{t('passageRemoved', { id: quote.segmentId })}</span>
            ) : (
              <a href={`#${quote.segmentId}`}>{quote.orphaned ? t('whereItWas', { id: quote.segmentId }) : t('passage', { id: quote.segmentId })}</a>
            )}
            {quote.orphaned ? <span className="note-orphan-text"> · {t('orphanText')}</span> : null}
            {quote.found !== undefined ? (
              <span className="note-uncertain-text">
                {' '}
                · {t('textChanged')}
                {quote.found !== quote.exact ? <> {t.rich('nowReads', { quote: () => <span lang={language}>{quote.found}</span> })}</> : null}
              </span>
            ) : null}
          </p>
        </div>
      ))}
    </figure>
  );
}
