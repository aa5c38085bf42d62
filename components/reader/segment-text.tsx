import { SegmentHighlights } from '@/components/annotations/segment-highlights';
import type { PhraseSpan } from '@/lib/reader/phrase-runs';

// One segment's text in one language. Its text content is exactly the segment text (line breaks
// kept by `white-space: pre-line`), so offsets into the element are offsets into the segment:
// annotations anchor on `data-segment-id` + `data-lang` and count characters here. Highlights are
// <mark>s inside it that add no text, and so are the aligned phrases around them.
export function SegmentText({ text, lang, segmentId, phrases }: { text: string; lang: string; segmentId: string; phrases?: PhraseSpan[] }) {
  return (
    <span className="segment-text" lang={lang} data-segment-id={segmentId} data-lang={lang}>
      <SegmentHighlights text={text} segmentId={segmentId} lang={lang} phrases={phrases} />
    </span>
  );
}
