import type { Segment } from '@/lib/content';
import { defaultWitnessId } from '@/lib/content/types';
import { textKey } from '@/lib/content/text-keys';
import type { ShownLanguage } from '@/lib/reader/witness-choice';
import { AlignedNotes } from '@/components/annotations/aligned-notes';
import { SelectPassageButton } from '@/components/annotations/select-passage-button';
import { CopyLinkButton } from '@/components/reader/copy-link-button';
import { CellLabel } from '@/components/reader/cell-label';
import { Counterparts } from '@/components/reader/counterparts';
import { SegmentText } from '@/components/reader/segment-text';
import type { PhraseSpan } from '@/lib/reader/phrase-runs';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The page's own h1 is the document title, so a level-1 heading of the text becomes an h2. */
function headingTag(level: number | undefined): HeadingTag {
  return `h${Math.min(6, Math.max(2, (level ?? 1) + 1))}` as HeadingTag;
}

/**
 * One segment in every shown language: a grid row, so each version starts on the same line.
 * The row carries the segment id as its anchor (`#s2-p1`).
 */
type Props = {
  segment: Segment;
  /** The segment's text in every text of every language, by text key (lib/content/text-keys.ts). */
  texts: Record<string, string>;
  columns: ShownLanguage[];
  counterparts: ShownLanguage[];
  colours: Record<string, number>;
  sharePath: string;
  phrases?: Record<string, PhraseSpan[]>;
};

export function SegmentRow({ segment, texts, columns, counterparts, colours, sharePath, phrases }: Props) {
  const Heading = headingTag(segment.level);
  return (
    <div className="segment-row" id={segment.id} data-kind={segment.kind} tabIndex={-1}>
      <div className="segment-gutter">
        <a className="segment-ref" href={`#${segment.id}`} aria-label={`Passage ${segment.id}`}>
          {segment.id}
        </a>
        <CopyLinkButton segmentId={segment.id} path={sharePath} />
        {columns.map((language) => (
          <SelectPassageButton key={language.code} segmentId={segment.id} lang={language.code} />
        ))}
      </div>
      {columns.map((language) => {
        // Aligned phrases are placed in the languages' own texts: another text shows none (their positions are not its).
        const own = language.witness === defaultWitnessId;
        const text = (
          <SegmentText
            text={texts[textKey(language.code, language.witness)] ?? ''}
            lang={language.code}
            witness={language.witness}
            segmentId={segment.id}
            phrases={own ? phrases?.[language.code] : undefined}
          />
        );
        return (
          <div className="segment-cell" lang={language.code} data-colour={colours[language.code]} key={language.code}>
            <CellLabel language={language} />
            {segment.kind === 'heading' ? <Heading className="segment-body">{text}</Heading> : <p className="segment-body">{text}</p>}
            <AlignedNotes segmentId={segment.id} lang={language.code} text={textKey(language.code, language.witness)} />
          </div>
        );
      })}
      {counterparts.length ? <Counterparts segment={segment} texts={texts} languages={counterparts} colours={colours} /> : null}
    </div>
  );
}
