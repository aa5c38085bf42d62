import type { DocumentLanguage } from '@/lib/content';
import { statusLabel } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { noteBesideStatus } from '@/lib/content/provenance';

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text. The status badge is always in view and opens the
// source and note, so that the header stays compact and the text starts on the first screen.
export function ColumnHeader({ language, colour }: { language: DocumentLanguage; colour: number }) {
  const note = noteBesideStatus(language.statusNote, language.status);
  const label = statusLabel(language.status);
  const lastSpace = label.lastIndexOf(' ');
  return (
    <div className="column-head" data-colour={colour}>
      <h2 className="column-name">
        <LanguageName language={language} />
      </h2>
      <details className="provenance-details">
        <summary>
          <span className={`status-badge status-${language.status}`}>
            {label.slice(0, lastSpace + 1)}
            {/* The chevron stays on the line of the label's last word. */}
            <span className="provenance-last-word">
              {label.slice(lastSpace + 1)}
              <span className="provenance-chevron" aria-hidden="true" />
            </span>
          </span>
          <span className="visually-hidden">
            {' '}
            ({note ? 'source and note' : 'source'} of the {language.name} text)
          </span>
        </summary>
        <p className="provenance">
          <span className="provenance-label">Source: </span>
          {language.sourceUrl ? <a href={language.sourceUrl}>{language.source}</a> : language.source}
        </p>
        {note ? <p className="provenance provenance-note">{note}</p> : null}
      </details>
    </div>
  );
}
