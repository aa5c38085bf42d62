import { Link } from '@/components/link';
import { useTranslations } from 'next-intl';
import type { DocumentLanguage, LanguageStatus } from '@/lib/content';
import { defaultWitnessId } from '@/lib/content/types';
import { LanguageName } from '@/components/reader/language-name';
import { noteBesideStatus } from '@/lib/content/provenance';

/** A language's texts (witnesses), each with the reader's address showing it, and the compare view of two. */
export type TextChoices = {
  texts: { id: string; title: string; status: LanguageStatus; source: string; href: string }[];
  compareHref: string;
};

type Props = { language: DocumentLanguage & { witness?: string }; colour: number; choices?: TextChoices };

// The provenance of one column: what this text is and where it comes from, so that nobody takes
// a working translation for the authentic text. A short status badge beside the name is always in
// view and opens (a <details>, no script needed) the whole statement ("Working translation from
// the English, not the authentic text"), the source and the note, so that the header takes one
// line and the text starts on the first screen. A language with several texts (content/README.md,
// witnesses) lists them here as links (they work without JavaScript and keep the address), the
// one shown marked current; the badge is then the shown text's own, and a link compares two.
export function ColumnHeader({ language, colour, choices }: Props) {
  const t = useTranslations('Provenance');
  const badges = useTranslations('StatusBadge');
  const statuses = useTranslations('Status');
  const names = useTranslations('LanguageNames');
  const note = noteBesideStatus(language.statusNote, language.status);
  const label = statuses(language.status);
  const badge = badges(language.status);
  const base = language.code.split('-')[0] ?? language.code;
  const name = names.has(base as 'en') ? names(base as 'en') : language.name;
  const witness = language.witness ?? defaultWitnessId;
  const textName = (id: string) => (id === defaultWitnessId ? t('ownText') : id);
  return (
    <div className="column-head" data-colour={colour} data-witness={witness}>
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
          {choices ? (
            <p className="provenance provenance-title">
              <span className="provenance-label">{t('text')} </span>
              <span lang={language.code}>{language.title}</span> ({textName(witness)})
            </p>
          ) : null}
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
      {choices ? (
        <nav className="text-choice" aria-label={t('textsOf', { language: name })}>
          <ul className="text-choice-list">
            {choices.texts.map((text) => (
              <li key={text.id}>
                <Link
                  className="text-choice-link"
                  href={text.href}
                  scroll={false}
                  aria-current={text.id === witness ? 'true' : undefined}
                  data-witness={text.id}
                >
                  {textName(text.id)}
                  <span className="visually-hidden">, {badges(text.status)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link className="text-choice-compare" href={choices.compareHref}>
            {t('compare')}
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
