'use client';
// The quoted passage of a note, in its own language, one quote per segment it spans, each with
// a link to its place in the text. A quote that no longer matches the text says so openly: an
// orphaned one links to where it was (or, when its segment left the text, says so: there is no
// place to link to); an uncertain one says what the text there reads now.
import { useReader } from '@/components/annotations/reader-context';

/** `found`: for an uncertain span, what the text where it was found again reads; `removed`: its segment is gone. */
export type Quote = { segmentId: string; exact: string; orphaned?: boolean; removed?: boolean; found?: string };

export function PassageQuotes({ language, quotes }: { language: string; quotes: Quote[] }) {
  const { info } = useReader();
  return (
    <figure className="note-quotes">
      <figcaption className="note-quotes-caption">
        {info.languageName(language)} text{quotes.length > 1 ? `, ${quotes.length} passages` : ''}
      </figcaption>
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
              <span>Passage {quote.segmentId}, since removed from the text</span>
            ) : (
              <a href={`#${quote.segmentId}`}>{quote.orphaned ? `Where it was: passage ${quote.segmentId}` : `Passage ${quote.segmentId}`}</a>
            )}
            {quote.orphaned ? <span className="note-orphan-text"> · This passage no longer matches the text</span> : null}
            {quote.found !== undefined ? (
              <span className="note-uncertain-text">
                {' '}
                · The text here changed
                {quote.found !== quote.exact ? (
                  <>
                    {' '}
                    and now reads “<span lang={language}>{quote.found}</span>”
                  </>
                ) : null}
              </span>
            ) : null}
          </p>
        </div>
      ))}
    </figure>
  );
}
