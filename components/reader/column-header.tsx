import type { DocumentLanguage } from '@/lib/content';
import { statusLabel } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { noteBesideStatus } from '@/lib/content/provenance';

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text. The status is always in view; on a narrow screen,
// where the columns stack above the text, the source and note fold into a labelled disclosure so
// that the text is not pushed a screen down (both forms are in the page; CSS shows one).
export function ColumnHeader({ language }: { language: DocumentLanguage }) {
  const note = noteBesideStatus(language.statusNote, language.status);
  const details = (
    <>
      <p className="provenance">
        <span className="provenance-label">Source: </span>
        {language.sourceUrl ? <a href={language.sourceUrl}>{language.source}</a> : language.source}
      </p>
      {note ? <p className="provenance provenance-note">{note}</p> : null}
    </>
  );
  return (
    <div className="column-head">
      <div className="column-head-title">
        <h2 className="column-name">
          <LanguageName language={language} />
        </h2>
        <p className={`status-badge status-${language.status}`}>{statusLabel(language.status)}</p>
      </div>
      <div className="provenance-wide">{details}</div>
      <details className="provenance-narrow">
        <summary>
          {note ? 'Source and note' : 'Source'}
          <span className="visually-hidden"> of the {language.name} text</span>
        </summary>
        {details}
      </details>
    </div>
  );
}
