// The passage an annotation points at, as every human-readable export shows it: the quote(s)
// selected, each with its language (a note that compares languages quotes two or three), then the aligned segments in the document's other
// languages (the projected targets: alignment is per segment, so the whole segment is shown).
import { defaultWitnessId, statusLabel, type DocumentContent } from '@/lib/content/types';
import { textProvenance } from '@/lib/content/text-keys';
import type { Annotation, TargetAnchor } from '@/lib/annotations/types';
import { readerLink } from '@/lib/export/links';
import { inReadingOrder } from '@/lib/annotations/target-order';

/** `witness`: set for a quote made on another text of the language than its own file; `status` is then that text's. */
export type LanguageLabel = { code: string; name: string; status: string; witness?: string };

/** `start`/`end`: where the author made it (code points); `anchor`: where it is in the current text. */
export type SelectedQuote = { segmentId: string; language: LanguageLabel; exact: string; orphaned: boolean; start: number; end: number; anchor: TargetAnchor };
export type AlignedSegment = { segmentId: string; language: LanguageLabel; text: string };

export type Passage = {
  selected: SelectedQuote[];
  aligned: AlignedSegment[];
  /** Segment ids the annotation covers, in text order. */
  segmentIds: string[];
  link: string;
};

/** Segments by id, built once per document (every annotation of an export looks its segments up). */
const segmentMaps = new WeakMap<DocumentContent, Map<string, DocumentContent['segments'][number]>>();

function segmentsOf(document: DocumentContent) {
  let segments = segmentMaps.get(document);
  if (!segments) {
    segments = new Map(document.segments.map((s) => [s.id, s]));
    segmentMaps.set(document, segments);
  }
  return segments;
}

/** Labels by language code, built once per document (a few languages, read for every target). */
const labelMaps = new WeakMap<DocumentContent, Map<string, LanguageLabel>>();

export function languageLabel(document: DocumentContent, code: string): LanguageLabel {
  let labels = labelMaps.get(document);
  if (!labels) {
    labels = new Map(document.languages.map((l) => [l.code, { code: l.code, name: l.name, status: statusLabel(l.status) }]));
    labelMaps.set(document, labels);
  }
  return labels.get(code) ?? { code, name: code, status: 'language no longer in this document' };
}

/** The label of the text a span was made on: its language's, or a witness's with that witness's status. */
export function textLabel(document: DocumentContent, code: string, witness: string): LanguageLabel {
  const label = languageLabel(document, code);
  if (witness === defaultWitnessId) return label;
  const provenance = textProvenance(document, code, witness);
  return { ...label, witness, status: provenance ? statusLabel(provenance.status) : 'text no longer in this document' };
}

export function passageOf(document: DocumentContent, annotation: Annotation, baseUrl: string): Passage {
  const segments = segmentsOf(document);
  const targets = inReadingOrder(annotation.language, annotation.targets);
  const segmentIds = [...new Set([...targets].sort((a, b) => a.segmentPosition - b.segmentPosition).map((t) => t.segmentId))];
  const selected = targets.map((t) => ({
    segmentId: t.segmentId,
    language: textLabel(document, t.language, t.witness),
    exact: t.exact,
    orphaned: t.anchor.status === 'orphaned',
    start: t.start,
    end: t.end,
    anchor: t.anchor,
  }));
  const selectedLanguages = new Set(targets.map((t) => t.language));
  const aligned: AlignedSegment[] = [];
  for (const language of document.languages) {
    if (selectedLanguages.has(language.code)) continue;
    for (const segmentId of segmentIds) {
      const text = segments.get(segmentId)?.texts[language.code];
      if (text !== undefined) aligned.push({ segmentId, language: languageLabel(document, language.code), text });
    }
  }
  const firstSegment = segmentIds[0] ?? document.segments[0]?.id ?? '';
  const witness = targets[0]?.witness ?? defaultWitnessId;
  return { selected, aligned, segmentIds, link: readerLink(baseUrl, document, annotation.language, firstSegment, witness) };
}

/** The aligned text of the annotation's segments in one language, joined by blank lines. */
export function segmentsText(document: DocumentContent, segmentIds: string[], language: string): string {
  const segments = segmentsOf(document);
  return segmentIds
    .map((id) => segments.get(id)?.texts[language])
    .filter((text): text is string => text !== undefined)
    .join('\n\n');
}

/** `s3-p1:12-20`, one per span: where each was made. */
export const originalPositions = (passage: Passage) => passage.selected.map((s) => `${s.segmentId}:${s.start}-${s.end}`).join(' ');

/** `s3-p1:30-38`, one per span: where each is now, `orphaned` where it is nowhere, `?` after an uncertain one. */
export const currentPositions = (passage: Passage) =>
  passage.selected
    .map(({ segmentId, anchor }) =>
      anchor.status === 'orphaned' ? `${segmentId}:orphaned` : `${segmentId}:${anchor.start}-${anchor.end}${anchor.status === 'uncertain' ? '?' : ''}`,
    )
    .join(' ');
