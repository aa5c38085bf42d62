// Two texts of one language, passage by passage: what changed, word by word (characters where a
// script writes no spaces: Intl.Segmenter finds the words of Japanese and Chinese too), through jsdiff.
import { diffWords } from 'diff';
import { defaultWitnessId, type DocumentContent } from '@/lib/content/types';

export type DiffPart = { op: 'equal' | 'insert' | 'delete'; text: string };
export type SegmentComparison = { segmentId: string; changed: boolean; diff: DiffPart[] };

/** The witnesses of `language` in `document`: its own text first. */
export function witnessesOf(document: DocumentContent, language: string) {
  const own = document.languages.find((l) => l.code === language);
  if (!own) return [];
  return [
    { id: defaultWitnessId, title: own.title, status: own.status, source: own.source },
    ...document.witnesses.filter((w) => w.code === language).map((w) => ({ id: w.id, title: w.title, status: w.status, source: w.source })),
  ];
}

/** The text of `witness` of `language` for each passage, by segment id; undefined for an unknown one. */
export function witnessTexts(document: DocumentContent, language: string, witness: string): Record<string, string> | undefined {
  if (!document.languages.some((l) => l.code === language)) return undefined;
  if (witness === defaultWitnessId) return Object.fromEntries(document.segments.map((s) => [s.id, s.texts[language] ?? '']));
  return document.witnesses.find((w) => w.code === language && w.id === witness)?.texts;
}

export function compareTexts(language: string, a: string, b: string): DiffPart[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return diffWords(a, b, { intlSegmenter: segmenter }).map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}

export function compareWitnesses(document: DocumentContent, language: string, a: Record<string, string>, b: Record<string, string>): SegmentComparison[] {
  return document.segments.map((segment) => {
    const before = a[segment.id] ?? '';
    const after = b[segment.id] ?? '';
    return {
      segmentId: segment.id,
      changed: before !== after,
      diff: before === after ? [{ op: 'equal', text: before }] : compareTexts(language, before, after),
    };
  });
}
