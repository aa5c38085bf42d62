import type { DocumentLanguage } from '@/lib/content';
import { statusLabel } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { statusBadges } from '@/components/reader/reader-words';
import { noteBesideStatus } from '@/lib/content/provenance';

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text. A short status badge beside the name is always in
// view and opens (a <details>, no script needed) the whole statement, the source and the note, so
// that the header takes one line and the text starts on the first screen.
export function ColumnHeader({ language, colour }: { language: DocumentLanguage; colour: number }) {
  const label = statusLabel(language.status);
  const note = noteBesideStatus(language.statusNote, language.status);
  const badge = statusBadges[language.status];
  return (
    <div className="column-head" data-colour={colour}>
      <h2 className="column-name">
        <LanguageName language={language} />
      </h2>
      <details className="provenance-details">
        <summary>
          <span className={`status-badge status-${language.status}`}>
            {badge}
            <span className="provenance-chevron" aria-hidden="true" />
          </span>
          <span className="visually-hidden">
            {' '}
            ({note ? 'source and note' : 'source'} of the {language.name} text)
          </span>
        </summary>
        <div className="provenance-body">
          {label !== badge ? <p className="provenance provenance-status">{label}.</p> : null}
          <p className="provenance">
            <span className="provenance-label">Source: </span>
            {language.sourceUrl ? <a href={language.sourceUrl}>{language.source}</a> : language.source}
          </p>
          {note ? <p className="provenance provenance-note">{note}</p> : null}
        </div>
      </details>
    </div>
  );
}
