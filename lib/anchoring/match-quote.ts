// Finds the candidates for a stored quote in a segment's text and scores them, as hypothesis'
// client does (src/annotator/anchoring/match-quote.ts): the quote, the text before and after it
// against the stored prefix and suffix, each by edit distance, and the stored position as a
// tie-breaker. Matching runs on the whitespace-blind view (blind-text.ts).
//
// Unlike hypothesis, a side of context is compared with the text right next to the candidate by
// plain Levenshtein distance over a window of its own length, not searched for anywhere in that
// window: a free search lets unrelated English agree by about 30 % (shared letters in some order),
// an aligned comparison by about 10 %, which is what lets "a quarter of the context agrees" mean
// that it is the same place.
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import { blind, type BlindText } from '@/lib/anchoring/blind-text';

/** A side of context left undefined is unknown (a file that gave none), not the segment's edge. */
export type Stored = { exact: string; prefix?: string; suffix?: string };

/** A candidate in UTF-16 units of the blind view. */
export type Candidate = {
  start: number;
  end: number;
  /** 1 when the text there is the quote, less by each edit it takes. */
  quoteScore: number;
  /** How much of the stored prefix and suffix together agrees with the text around it, 0..1. */
  agreement: number;
  /** Everything together, weighted as hypothesis does; the best candidate has the highest. */
  score: number;
};

const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const weightSum = weights.quote + weights.prefix + weights.suffix + weights.position;

/** Share of `stored` that `found` keeps, by edit distance: 1 is the same text. */
function similarity(found: string, stored: string): number {
  return Math.max(0, 1 - distance(found, stored) / stored.length);
}

/**
 * Exact occurrences of the quote, and, when the quote is long enough to allow any, close matches
 * with at most a quarter of its length in edits. `hint` is the stored start in blind units.
 */
export function candidates(view: BlindText, stored: Stored, hint: number): Candidate[] {
  const quote = blind(stored.exact);
  const prefix = stored.prefix === undefined ? undefined : blind(stored.prefix);
  const suffix = stored.suffix === undefined ? undefined : blind(stored.suffix);
  if (quote === '') return [];
  const found = new Map<string, { start: number; end: number; errors: number }>();
  for (let i = view.text.indexOf(quote); i !== -1; i = view.text.indexOf(quote, i + 1)) {
    found.set(`${i}:${i + quote.length}`, { start: i, end: i + quote.length, errors: 0 });
  }
  const maxErrors = Math.floor(quote.length / 4);
  if (maxErrors > 0) {
    for (const match of search(view.text, quote, maxErrors)) {
      const key = `${match.start}:${match.end}`;
      if (match.end > match.start && !found.has(key)) found.set(key, match);
    }
  }
  return [...found.values()].map(({ start, end, errors }) => {
    // An empty side means the quote touched the segment's edge: it agrees where the candidate does too.
    const prefixScore =
      prefix === undefined ? 1 : prefix ? similarity(view.text.slice(Math.max(0, start - prefix.length), start), prefix) : start === 0 ? 1 : 0;
    const suffixScore = suffix === undefined ? 1 : suffix ? similarity(view.text.slice(end, end + suffix.length), suffix) : end === view.text.length ? 1 : 0;
    const prefixWeight = prefix === undefined ? 0 : Math.max(1, prefix.length);
    const suffixWeight = suffix === undefined ? 0 : Math.max(1, suffix.length);
    // With no context known at all, there is nothing to disagree with: the quote decides.
    const agreement = prefixWeight + suffixWeight === 0 ? 1 : (prefixScore * prefixWeight + suffixScore * suffixWeight) / (prefixWeight + suffixWeight);
    const quoteScore = 1 - errors / quote.length;
    const positionScore = 1 - Math.abs(start - hint) / Math.max(1, view.text.length);
    const score = (weights.quote * quoteScore + weights.prefix * prefixScore + weights.suffix * suffixScore + weights.position * positionScore) / weightSum;
    return { start, end, quoteScore, agreement, score };
  });
}
