'use client';
// The quoted passage of a note, one quote per segment it spans, each with a link to its place in
// the text. A note that compares languages quotes two or three columns: its quotes stand side by
// side, one column per language, each labelled and marked with its `lang`. A quote that no longer
// matches the text says so openly: an orphaned one links to where it was (or, when its segment
// left the text, says so: there is no place to link to); an uncertain one says what the text
// there reads now.
import { useTranslations } from 'next-intl';
import { useReader } from '@/components/annotations/reader-context';

/**
 * `language`: the quote's column, when not the note's (a comparison); `found`: for an uncertain
 * span, what the text where it was found again reads; `removed`: its segment is gone.
 */
export type Quote = { segmentId: string; exact: string; language?: string; orphaned?: boolean; removed?: boolean; found?: string };

/** The quotes by language, the note's own first, then in the order they were given. */
function byLanguage(language: string, quotes: Quote[]): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>([[language, []]]);
  for (const quote of quotes) {
    const code = quote.language ?? language;
    groups.set(code, [...(groups.get(code) ?? []), quote]);
  }
  return [...groups].filter(([, group]) => group.length);
}

export function PassageQuotes({ language, quotes }: { language: string; quotes: Quote[] }) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const { info } = useReader();
  const groups = byLanguage(language, quotes);
  const figures = groups.map(([code, group]) => (
    <figure className="note-quotes" key={code}>
      <figcaption className="note-quotes-caption">{t('quotesCaption', { language: info.languageName(code), count: group.length })}</figcaption>
      {group.map((quote, i) => (
        <QuoteItem key={`${quote.segmentId}-${i}`} quote={quote} language={code} />
      ))}
    </figure>
  ));
  if (groups.length === 1) return figures[0];
  return (
    <div className="note-quotes-compare" role="group" aria-label={c('quotesLabel')} data-languages={groups.length}>
      {figures}
    </div>
  );
}

function QuoteItem({ quote, language }: { quote: Quote; language: string }) {
  const t = useTranslations('Notes');
  return (
    <div className="note-quote-item" data-orphaned={quote.orphaned ? '' : undefined} data-uncertain={quote.found !== undefined ? '' : undefined}>
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
  );
}
