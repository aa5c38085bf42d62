import type { Segment } from '@/lib/content';
import { textKey } from '@/lib/content/text-keys';
import type { ShownLanguage } from '@/lib/reader/witness-choice';
import { LanguageName } from '@/components/reader/language-name';
import { useTranslations } from 'next-intl';
import { CellLabel } from '@/components/reader/cell-label';

/**
 * The one-language mode's other languages of a passage, on demand: a disclosure (no script
 * needed) that opens the same passage in each, labelled with its status and in its colour.
 * Plain text: notes are made in the language read, or in the columns.
 */
type Props = { segment: Segment; texts: Record<string, string>; languages: ShownLanguage[]; colours: Record<string, number> };

export function Counterparts({ segment, texts, languages, colours }: Props) {
  const t = useTranslations('ReadingMode');
  return (
    <details className="counterparts">
      <summary>
        <span className="counterparts-label">{t('otherLanguages')}</span>
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
          <p className="counterpart-text">{texts[textKey(language.code, language.witness)] ?? segment.texts[language.code] ?? ''}</p>
        </div>
      ))}
    </details>
  );
}
