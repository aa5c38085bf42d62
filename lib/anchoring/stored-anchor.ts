// A span's anchor as content sync stored it (lib/db/reanchor.ts), read back without anchoring:
// the state, and the current position where it differs from the one the author made.
import { type Anchor, type AnchorStatus, type StoredTarget } from '@/lib/anchoring/anchor-target';
import { blind } from '@/lib/anchoring/blind-text';
import { codePointLength, sliceCodePoints } from '@/lib/anchoring/code-points';

export type StoredAnchor = { status: AnchorStatus; start: number | null; end: number | null };

/** `text` is the segment's current text in the note's language (undefined when it is gone). */
export function storedAnchor(target: StoredTarget, stored: StoredAnchor, text: string | undefined): Anchor {
  if (stored.status === 'orphaned' || text === undefined) return { status: 'orphaned', reason: text === undefined ? 'segment-missing' : 'quote-not-found' };
  const moved = stored.start !== null && stored.end !== null;
  const start = moved ? stored.start! : target.start;
  const end = moved ? stored.end! : target.end;
  if (stored.status === 'anchored') return { status: 'anchored', start, end, moved };
  // The text found is cut from the current text; a text changed since the last sync (development
  // reloads content on every request) may no longer hold the range: the quote stands in.
  const found = end <= codePointLength(text) ? sliceCodePoints(text, start, end) : target.exact;
  return { status: 'uncertain', start, end, moved, reason: blind(found) === blind(target.exact) ? 'context-changed' : 'quote-changed', found };
}
