// Finds a word or phrase in one language's text and shows each hit in its context (keyword in
// context), with where it answers in the other languages (the aligned phrases it meets, else the
// whole passage). Matching ignores case; positions count code points, as annotations do. A column
// may show another text of its language (a witness): the search reads that text, and its hits meet no
// aligned phrase (those are placed in each language's own file), so they answer by whole passage.
import { counterpartsOf } from '@/lib/annotations/counterparts';
import type { Counterpart } from '@/lib/annotations/types';
import { codePointLength, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { witnessTexts } from '@/lib/content/compare-witnesses';
import { defaultWitnessId, type DocumentContent } from '@/lib/content/types';

export type PassageHit = {
  segmentId: string;
  language: string;
  /** The text searched, when not the language's own (`first` for ja.first.md). */
  witness?: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
  counterparts: Counterpart[];
};

const context = 40;

type Options = { witness?: string; limit?: number };

/** Hits of `query` in `language`'s text (or its witness's); none for a language or witness the document lacks. */
export function searchPassages(
  document: DocumentContent,
  language: string,
  query: string,
  { witness = defaultWitnessId, limit = 200 }: Options = {},
): { hits: PassageHit[]; more: boolean } {
  const needle = query.normalize('NFC').toLocaleLowerCase(language);
  const hits: PassageHit[] = [];
  const texts = witnessTexts(document, language, witness);
  if (!needle.trim() || !texts) return { hits, more: false };
  const another = witness !== defaultWitnessId ? { witness } : {};
  for (const segment of document.segments) {
    const text = texts[segment.id];
    if (text === undefined) continue;
    // Lower-casing can change lengths (İ), so positions are looked up in a text of the same length.
    const haystack = text.toLocaleLowerCase(language);
    if (haystack.length !== text.length) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      if (hits.length === limit) return { hits, more: true };
      const start = utf16ToCodePoint(text, at);
      const end = start + codePointLength(text.slice(at, at + needle.length));
      const anchor = { status: 'anchored' as const, start, end, moved: false };
      hits.push({
        segmentId: segment.id,
        language,
        ...another,
        start,
        end,
        before: [...text.slice(0, at)].slice(-context).join(''),
        match: text.slice(at, at + needle.length),
        after: [...text.slice(at + needle.length)].slice(0, context).join(''),
        counterparts: counterpartsOf([{ segmentId: segment.id, language, anchor, witness }], document),
      });
    }
  }
  return { hits, more: false };
}
