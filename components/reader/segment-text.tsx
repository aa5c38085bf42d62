import { SegmentHighlights } from '@/components/annotations/segment-highlights';
import { textKey } from '@/lib/content/text-keys';
import { defaultWitnessId } from '@/lib/content/types';
import type { PhraseSpan } from '@/lib/reader/phrase-runs';

// One segment's text in one language. Its text content is exactly the segment text (line breaks
// kept by `white-space: pre-line`), so offsets into the element are offsets into the segment:
// annotations anchor on `data-segment-id` + `data-lang` and count characters here. Highlights are
// <mark>s inside it that add no text, and so are the aligned phrases around them. `witness` is
// which text of the language it is (`data-witness`, for a selection made here): only the notes
// made on that text are drawn in it.
type Props = { text: string; lang: string; witness?: string; segmentId: string; phrases?: PhraseSpan[] };

export function SegmentText({ text, lang, witness = defaultWitnessId, segmentId, phrases }: Props) {
  return (
    <span className="segment-text" lang={lang} data-segment-id={segmentId} data-lang={lang} data-witness={witness === defaultWitnessId ? undefined : witness}>
      <SegmentHighlights text={text} segmentId={segmentId} lang={textKey(lang, witness)} phrases={phrases} />
    </span>
  );
}
