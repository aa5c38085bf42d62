import type { DocumentLanguage } from '@/lib/content';
import { statusLabel } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { noteBesideStatus } from '@/lib/reader/provenance';

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text.
export function ColumnHeader({ language }: { language: DocumentLanguage }) {
  const note = noteBesideStatus(language.statusNote, language.status);
  return (
    <div className="column-head">
      <h2 className="column-name">
        <LanguageName language={language} />
      </h2>
      <p className={`status-badge status-${language.status}`}>{statusLabel(language.status)}</p>
      <p className="provenance">
        <span className="provenance-label">Source: </span>
        {language.sourceUrl ? <a href={language.sourceUrl}>{language.source}</a> : language.source}
      </p>
      {note ? <p className="provenance provenance-note">{note}</p> : null}
    </div>
  );
}
