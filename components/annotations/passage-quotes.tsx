'use client';
// The quoted passage of a note, in its own language, one quote per segment it spans, each with
// a link to its place in the text. A quote that no longer matches the text says so openly.
import { useReader } from '@/components/annotations/reader-context';

export type Quote = { segmentId: string; exact: string; orphaned?: boolean };

export function PassageQuotes({ language, quotes }: { language: string; quotes: Quote[] }) {
  const { info } = useReader();
  return (
    <figure className="note-quotes">
      <figcaption className="note-quotes-caption">
        {info.languageName(language)} text{quotes.length > 1 ? `, ${quotes.length} passages` : ''}
      </figcaption>
      {quotes.map((quote, i) => (
        <div key={`${quote.segmentId}-${i}`} className="note-quote-item" data-orphaned={quote.orphaned ? '' : undefined}>
          <blockquote className="note-quote" lang={language}>
            {quote.exact}
          </blockquote>
          <p className="note-quote-meta">
            <a href={`#${quote.segmentId}`}>Passage {quote.segmentId}</a>
            {quote.orphaned ? <span className="note-orphan-text"> · This passage no longer matches the text</span> : null}
          </p>
        </div>
      ))}
    </figure>
  );
}
