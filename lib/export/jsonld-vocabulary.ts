// How Accord writes what the Web Annotation model has no property for. Where the model has a
// mechanism it is used; the rest are terms in Accord's own namespace, declared in @context so
// that a JSON-LD processor expands them, and ignored by tools that do not know them.
//
// - Colour: the model's own styling (§4.3): the annotation carries a CssStylesheet with one rule,
//   and each selected target names its class in `styleClass` ("accord-yellow").
// - Selected and projected targets: `accord:role` on each SpecificResource. "selected" is the span
//   the reader marked (with selectors); "projected" is a counterpart in another language, derived
//   from the alignment, with `accord:method`: "phrase-alignment" (an aligned phrase the span covers
//   or overlaps, with its quote and position) or "segment" (the whole aligned passage, no selectors).
//   `scope` was not used: in the model it names the context a resource was seen in, not a
//   counterpart in another language.
// - Visibility: `accord:visibility` ("private" | "group" | "shared"); deleted-with-replies placeholders:
//   `accord:deleted: true`; an annotation's `accord:status` is its worst span's ("anchored",
//   "uncertain", "orphaned").
// - Where a selected span is now: its `selector` list keeps the selectors as the author made
//   them (quote and original position); beside it, `accord:anchorStatus` and, unless orphaned,
//   `accord:currentSelector`, a TextPositionSelector of where the span is in the current text.
// - Imported notes and replies written by someone other than the importer: `accord:importedFrom`,
//   a node for the original annotation described with the model's own terms (id, creator, created).
//   The annotation's `creator` is the reader who imported it and owns it; importedFrom says whose
//   words they are. The model's `via` was not enough alone: it names the original but not its author.
// - Language provenance of the document: `accord:languages` on the collection.
// - Targets' sources are reader links that name their language (…/documents/x?langs=ko#s1-p1),
//   given as objects with `language`: every language of a segment shares its id, so the plain
//   document#segment IRI alone would not say which text the selectors count in. A selected target's
//   source also says which text of its language the span was made on: `accord:witness` ("default",
//   or a witness such as "working"; content/README.md), and the link opens it (&witness=ja.working).
import type { Color } from '@/lib/validations/annotation';
import { annoContext } from '@/lib/export/web-annotation-model';

export const jsonLdMediaType = `application/ld+json;profile="${annoContext}"`;

export function accordNamespace(baseUrl: string): string {
  return new URL('/ns/annotation#', baseUrl).toString();
}

/** Every `accord:` term an export writes, as the namespace page (app/ns/annotation) explains them. */
export const accordTerms: { name: string; meaning: string }[] = [
  {
    name: 'role',
    meaning:
      '"selected" on the target the reader marked, with its selectors; "projected" on a counterpart in another language, derived from the alignment (see method).',
  },
  {
    name: 'method',
    meaning:
      'On a projected target, how it was derived: "phrase-alignment" (an aligned phrase that the selected span covers or overlaps, with its quote and position in that language) or "segment" (the whole aligned passage, without selectors, where the span meets no aligned phrase).',
  },
  {
    name: 'visibility',
    meaning:
      '"private" (its author only), "group" (its author and the members of one reading group; imported as private) or "shared" (every reader, signed in or not, read-only).',
  },
  { name: 'deleted', meaning: 'true on the placeholder of an annotation its author deleted while it had replies; the replies remain.' },
  {
    name: 'status',
    meaning:
      'On an annotation: that of its worst span ("anchored", "uncertain" or "orphaned"; see anchorStatus). On a language of the document: "authentic", "official-translation", "working-translation" or "article".',
  },
  {
    name: 'anchorStatus',
    meaning:
      'On a selected target: "anchored" (the quote, with its context, in the current text), "uncertain" (the quote found with too little of its context, or only a close match of it: the text there changed) or "orphaned" (not found; the quote is kept).',
  },
  {
    name: 'currentSelector',
    meaning:
      'On a selected target that is anchored or uncertain: a TextPositionSelector of where the span is in the current text (code points). Its `selector` list keeps the position and quote as the author made them.',
  },
  {
    name: 'importedFrom',
    meaning:
      'On an annotation or reply imported from someone else’s notes: the original annotation, with its id, its creator (the author of the words, by IRI and name) and its created date. The item’s own creator is the reader who imported it (it came in private to them). An import reads it back and keeps the credit.',
  },
  {
    name: 'witness',
    meaning:
      'On the source of a selected target: which text of its language the span was made on, and which its selectors count in: "default" (the language’s own text) or the name of another text of it (a witness, such as "working" for a working translation kept beside the authentic text). An import reads it back; left out, it means "default".',
  },
  { name: 'languages', meaning: 'On the collection: each language of the document with its provenance.' },
  { name: 'languageName', meaning: 'The language’s name in English.' },
  { name: 'statusLabel', meaning: 'The status in words, e.g. “Working translation from the English, not the authentic text”.' },
  { name: 'source', meaning: 'Where the text in that language comes from, in words.' },
  { name: 'sourceUrl', meaning: 'Where that source is published, when it is online.' },
];

export function jsonLdContext(baseUrl: string) {
  return [annoContext, { accord: accordNamespace(baseUrl) }];
}

export const roles = ['selected', 'projected'] as const;
export type TargetRole = (typeof roles)[number];

const colours: Record<Color, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
};

export const styleClassOf = (color: Color) => `accord-${color}`;

export function stylesheetOf(color: Color) {
  return { type: 'CssStylesheet', value: `.${styleClassOf(color)} { background-color: ${colours[color]}; }` };
}

export function colorOfStyleClass(styleClass: string): Color | undefined {
  const name = styleClass.replace(/^accord-/, '');
  return name in colours ? (name as Color) : undefined;
}
