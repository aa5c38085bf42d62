import { codePointToUtf16 } from '@/lib/anchoring/code-points';
import type { DocumentContent } from '@/lib/content';
import type { PhraseSpan } from '@/lib/reader/phrase-runs';

/** The aligned phrases of each passage and language, in UTF-16 units of its text: `phrases.get(segmentId)?.[lang]`. */
export function phrasesBySegment(document: DocumentContent): Map<string, Record<string, PhraseSpan[]>> {
  const texts = new Map(document.segments.map((s) => [s.id, s.texts]));
  const bySegment = new Map<string, Record<string, PhraseSpan[]>>();
  for (const link of document.alignments) {
    const languages = bySegment.get(link.segmentId) ?? {};
    // Each language gets its own copy: React's payload writes an object it has already sent as a
    // path back to the first one, and those paths are two to three times longer than the object.
    const where = () => Object.fromEntries(Object.entries(link.spans).map(([lang, span]) => [lang, [span.start, span.end] as const]));
    for (const [lang, span] of Object.entries(link.spans)) {
      const text = texts.get(link.segmentId)?.[lang] ?? '';
      (languages[lang] ??= []).push({ id: link.id, start: codePointToUtf16(text, span.start), end: codePointToUtf16(text, span.end), link: where() });
    }
    bySegment.set(link.segmentId, languages);
  }
  return bySegment;
}
