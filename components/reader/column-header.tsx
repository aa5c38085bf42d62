import { useTranslations } from 'next-intl';
import type { DocumentLanguage } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { noteBesideStatus } from '@/lib/content/provenance';

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text. A short status badge beside the name is always in
// view and opens (a <details>, no script needed) the whole statement ("Working translation from
// the English, not the authentic text"), the source and the note, so that the header takes one
// line and the text starts on the first screen.
export function ColumnHeader({ language, colour }: { language: DocumentLanguage; colour: number }) {
  const t = useTranslations('Provenance');
  const badges = useTranslations('StatusBadge');
  const statuses = useTranslations('Status');
  const names = useTranslations('LanguageNames');
  const note = noteBesideStatus(language.statusNote, language.status);
  const label = statuses(language.status);
  const badge = badges(language.status);
  const base = language.code.split('-')[0] ?? language.code;
  const name = names.has(base as 'en') ? names(base as 'en') : language.name;
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
          <span className="visually-hidden"> {t('opens', { note: note ? 'yes' : 'no', language: name })}</span>
        </summary>
        <div className="provenance-body">
          {label !== badge ? <p className="provenance provenance-status">{label}</p> : null}
          <p className="provenance">
            <span className="provenance-label">{t('source')} </span>
            {language.sourceUrl ? <a href={language.sourceUrl}>{language.source}</a> : language.source}
          </p>
          {note ? (
            <p className="provenance provenance-note" lang="en">
              {note}
            </p>
          ) : null}
        </div>
      </details>
    </div>
  );
}
