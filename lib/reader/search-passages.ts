// Finds a word or phrase in one language's text and shows each hit in its context (keyword in
// context), with where it answers in the other languages (the aligned phrases it meets, else the
// whole passage). Matching ignores case; positions count code points, as annotations do.
import { counterpartsOf } from '@/lib/annotations/counterparts';
import type { Counterpart } from '@/lib/annotations/types';
import { codePointLength, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import type { DocumentContent } from '@/lib/content/types';

export type PassageHit = {
  segmentId: string;
  language: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
  counterparts: Counterpart[];
};

const context = 40;

export function searchPassages(document: DocumentContent, language: string, query: string, limit = 200): { hits: PassageHit[]; more: boolean } {
  const needle = query.normalize('NFC').toLocaleLowerCase(language);
  const hits: PassageHit[] = [];
  if (!needle.trim()) return { hits, more: false };
  for (const segment of document.segments) {
    const text = segment.texts[language];
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
        start,
        end,
        before: [...text.slice(0, at)].slice(-context).join(''),
        match: text.slice(at, at + needle.length),
        after: [...text.slice(at + needle.length)].slice(0, context).join(''),
        counterparts: counterpartsOf([{ segmentId: segment.id, language, anchor }], document),
      });
    }
  }
  return { hits, more: false };
}
