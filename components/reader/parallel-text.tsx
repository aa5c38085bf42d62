import { useTranslations } from 'next-intl';
import type { DocumentContent } from '@/lib/content';
import { segmentTexts, textKey } from '@/lib/content/text-keys';
import { ColumnHeader } from '@/components/reader/column-header';
import { LanguageName } from '@/components/reader/language-name';
import { PhraseLights } from '@/components/reader/phrase-lights';
import { SegmentRow } from '@/components/reader/segment-row';
import { columnTracks, columnWeights } from '@/lib/reader/column-widths';
import { languageColours } from '@/lib/reader/language-colours';
import { readerPath, readerQuery } from '@/lib/reader/columns';
import { phrasesBySegment } from '@/lib/reader/phrases';
import { shownInFull, type ReadingMode } from '@/lib/reader/reading-mode';
import { withWitness, type ShownLanguage, type WitnessChoice } from '@/lib/reader/witness-choice';
import { witnessesOf } from '@/lib/content/compare-witnesses';

/**
 * The aligned text: a provenance row, then one grid row per segment. On a wide screen the
 * languages are columns; on a narrow one, or interleaved, each row becomes an interlinear stack
 * (see reader.css). With one language, the others are counterparts under each passage.
 */
type Props = { document: DocumentContent; columns: ShownLanguage[]; mode: ReadingMode; witnesses: WitnessChoice };

export function ParallelText({ document, columns: chosen, mode, witnesses }: Props) {
  const t = useTranslations('Reader');
  const p = useTranslations('Provenance');
  const { full: columns, counterparts } = shownInFull(mode, chosen);
  const codes = chosen.map((l) => l.code);
  const texts = segmentTexts(document);
  const weights = columnWeights(columns.map(({ code, witness }) => document.segments.map((s) => texts.get(s.id)?.[textKey(code, witness)] ?? '')));
  // A language with several texts: its header offers them, each a link to this reader showing it.
  const textChoices = (language: ShownLanguage) => {
    const all = witnessesOf(document, language.code);
    return all.length < 2
      ? undefined
      : {
          texts: all.map((w) => ({ ...w, href: readerPath(document.slug, codes, undefined, mode, withWitness(witnesses, language.code, w.id)) })),
          compareHref: `/documents/${encodeURIComponent(document.slug)}/compare?language=${language.code}&a=${all[0]!.id}&b=${language.witness === all[0]!.id ? all[1]!.id : language.witness}&${readerQuery(codes, mode, witnesses)}`,
        };
  };
  const colours = languageColours(document);
  const phrases = phrasesBySegment(document);
  const style = { '--columns': columns.length, '--tracks': columnTracks(weights) } as React.CSSProperties;
  return (
    <div className="parallel" data-columns={columns.length} data-mode={mode} style={style}>
      <div className="parallel-head">
        <div className="segment-gutter" aria-hidden="true" />
        {columns.map((language) => (
          <ColumnHeader key={language.code} language={language} colour={colours[language.code]!} choices={textChoices(language)} />
        ))}
      </div>
      {/* A slim copy of the column names that stays in view while scrolling; headers above say it for screen readers. */}
      <div className="column-bar" aria-hidden="true">
        <div className="segment-gutter" />
        {columns.map((language) => (
          <div key={language.code} className="column-bar-name" data-colour={colours[language.code]}>
            <span>
              <LanguageName language={language} />
            </span>
            {/* Which text, when the language has several: "(first)", "(main text)". */}
            {textChoices(language) ? <span className="column-bar-text">({language.witness === 'default' ? p('ownText') : language.witness})</span> : null}
            {language.status === 'working-translation' ? <span className="column-bar-status">{t('workingBadge')}</span> : null}
          </div>
        ))}
      </div>
      {phrases.size ? <PhraseLights /> : null}
      <div className="segments">
        {document.segments.map((segment) => (
          <SegmentRow
            key={segment.id}
            segment={segment}
            texts={texts.get(segment.id)!}
            columns={columns}
            counterparts={counterparts}
            colours={colours}
            sharePath={readerPath(document.slug, codes, segment.id, mode, witnesses)}
            phrases={phrases.get(segment.id)}
          />
        ))}
      </div>
    </div>
  );
}
