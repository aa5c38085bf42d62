import type { DocumentLanguage, Segment } from '@/lib/content';
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
  columns: DocumentLanguage[];
  counterparts: DocumentLanguage[];
  colours: Record<string, number>;
  sharePath: string;
  phrases?: Record<string, PhraseSpan[]>;
};

export function SegmentRow({ segment, columns, counterparts, colours, sharePath, phrases }: Props) {
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
        const text = <SegmentText text={segment.texts[language.code] ?? ''} lang={language.code} segmentId={segment.id} phrases={phrases?.[language.code]} />;
        return (
          <div className="segment-cell" lang={language.code} data-colour={colours[language.code]} key={language.code}>
            <CellLabel language={language} />
            {segment.kind === 'heading' ? <Heading className="segment-body">{text}</Heading> : <p className="segment-body">{text}</p>}
            <AlignedNotes segmentId={segment.id} lang={language.code} />
          </div>
        );
      })}
      {counterparts.length ? <Counterparts segment={segment} languages={counterparts} colours={colours} /> : null}
    </div>
  );
}
