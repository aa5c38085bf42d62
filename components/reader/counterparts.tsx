import type { DocumentLanguage, Segment } from '@/lib/content';
import { LanguageName } from '@/components/reader/language-name';
import { readerWords } from '@/components/reader/reader-words';
import { CellLabel } from '@/components/reader/cell-label';

/**
 * The one-language mode's other languages of a passage, on demand: a disclosure (no script
 * needed) that opens the same passage in each, labelled with its status and in its colour.
 * Plain text: notes are made in the language read, or in the columns.
 */
export function Counterparts({ segment, languages, colours }: { segment: Segment; languages: DocumentLanguage[]; colours: Record<string, number> }) {
  return (
    <details className="counterparts">
      <summary>
        {readerWords.otherLanguages}
        {languages.map((language, i) => (
          <span key={language.code}>
            {i ? ' · ' : null}
            <LanguageName language={language} />
          </span>
        ))}
      </summary>
      {languages.map((language) => (
        <div className="counterpart" lang={language.code} data-colour={colours[language.code]} key={language.code}>
          <CellLabel language={language} />
          <p className="counterpart-text">{segment.texts[language.code] ?? ''}</p>
        </div>
      ))}
    </details>
  );
}
