// Where a note's words answer in the other languages of its passage. A span that covers or
// overlaps an aligned phrase (content/<slug>/alignment.yaml) projects onto that phrase's
// counterparts; a span that meets none projects onto the whole passage in each other language.
// Computed from the current text: a span found nowhere any more projects nowhere.
import { codePointLength } from '@/lib/anchoring/code-points';
import { defaultWitnessId, type Alignment, type DocumentContent } from '@/lib/content/types';
import type { AnnotationTarget, Counterpart } from '@/lib/annotations/types';

type Index = { links: Map<string, Alignment[]>; texts: Map<string, Record<string, string>>; languages: string[] };

// Built once per document (the documents are cached for the process's life, and an export calls this per note).
const indexes = new WeakMap<DocumentContent, Index>();

function indexOf(document: DocumentContent): Index {
  let index = indexes.get(document);
  if (!index) {
    const links = new Map<string, Alignment[]>();
    for (const link of document.alignments) links.set(link.segmentId, [...(links.get(link.segmentId) ?? []), link]);
    index = { links, texts: new Map(document.segments.map((s) => [s.id, s.texts])), languages: document.languages.map((l) => l.code) };
    indexes.set(document, index);
  }
  return index;
}

/** `witness`: a span made on another text of its language (not its own file) meets no aligned phrase: those are placed in the own files. */
export function counterpartsOf(
  targets: readonly (Pick<AnnotationTarget, 'segmentId' | 'language' | 'anchor'> & { witness?: string })[],
  document: DocumentContent,
): Counterpart[] {
  const { links, texts, languages } = indexOf(document);
  // A language the note already quotes in a passage needs no projection there.
  const quoted = new Set(targets.map((t) => `${t.segmentId}\0${t.language}`));
  const seen = new Set<string>();
  const counterparts: Counterpart[] = [];
  const add = (counterpart: Counterpart) => {
    const key = `${counterpart.segmentId}\0${counterpart.language}\0${counterpart.start}\0${counterpart.end}`;
    if (seen.has(key) || quoted.has(`${counterpart.segmentId}\0${counterpart.language}`)) return;
    seen.add(key);
    counterparts.push(counterpart);
  };
  for (const target of targets) {
    if (target.anchor.status === 'orphaned') continue;
    const { start, end } = target.anchor;
    const onOwnText = target.witness === undefined || target.witness === defaultWitnessId;
    const met = (onOwnText ? (links.get(target.segmentId) ?? []) : []).filter((link) => {
      const own = link.spans[target.language];
      return own !== undefined && own.start < end && start < own.end;
    });
    const covered = new Set([target.language]);
    for (const link of met) {
      for (const [language, span] of Object.entries(link.spans)) {
        if (language === target.language) continue;
        covered.add(language);
        add({ language, segmentId: target.segmentId, ...span, method: 'phrase-alignment' });
      }
    }
    // Languages that no met phrase reaches (or no phrase met at all): the whole passage answers.
    for (const language of languages) {
      const text = texts.get(target.segmentId)?.[language];
      if (covered.has(language) || text === undefined) continue;
      add({ language, segmentId: target.segmentId, start: 0, end: codePointLength(text), exact: text, method: 'segment' });
    }
  }
  return counterparts;
}
