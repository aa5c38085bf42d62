// The app's own shape of an annotation, reshaped from rows at the data layer's edge. The JSON
// API, the UI and the exporters all use it.
import type { Anchor, AnchorStatus } from '@/lib/anchoring/anchor-target';
import type { Color, Visibility } from '@/lib/validations/annotation';

export type Person = { id: string; name: string };

/**
 * Where a target sits in the current text (see lib/anchoring/anchor-target.ts), as content sync
 * stored it: `anchored`, `uncertain` (with the text found there) or `orphaned`.
 */
export type TargetAnchor = Anchor;

export type AnnotationTarget = {
  segmentId: string;
  /** Position of the segment in the document, for text order. */
  segmentPosition: number;
  /** The column the span was selected in: the annotation's language, or another for a note that compares languages. */
  language: string;
  /**
   * Which text of its language the span was made on: `default` (the language's own `<lang>.md`)
   * or another witness (`working` for `<lang>.working.md`). Positions and quote are that text's.
   */
  witness: string;
  /** Code points of the segment's NFC text, as stored when the annotation was made. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the target sits in the current text. */
  anchor: TargetAnchor;
};

/**
 * Whose words an imported note or reply holds, when someone other than the importer wrote them:
 * the original's IRI, its author's name (null when the file named none) and IRI, and when it was
 * written (null when the file did not say).
 */
export type ImportedFrom = { id: string; creatorName: string | null; creatorId: string | null; created: string | null };

export type Reply = {
  id: string;
  author: Person;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** Present on a reply imported from someone else's notes (see ImportedFrom). */
  importedFrom?: ImportedFrom;
  /** Hidden by a moderator of the note's group: only its author and the group's moderators get it. */
  hidden: boolean;
};

/** The group a note is shared with. */
export type GroupRef = { id: string; name: string };

export type Annotation = {
  id: string;
  documentSlug: string;
  /** The language of its first span (each span carries its own: see AnnotationTarget). */
  language: string;
  color: Color;
  comment: string;
  tags: string[];
  visibility: Visibility;
  /** The group it is shared with (visibility "group"), else null; groupId is its id, as a create sends it. */
  group: GroupRef | null;
  groupId: string | null;
  author: Person;
  createdAt: string;
  updatedAt: string;
  /** A resolved thread: true, with who resolved it and when; false (and nulls) while open. */
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: Person | null;
  /** The thread's last reopening, kept when it is resolved again: who and when (null if never reopened). */
  reopenedAt: string | null;
  reopenedBy: Person | null;
  /**
   * Hidden by a moderator of its group: only its author and the group's moderators still read it
   * (the author sees "hidden by a moderator").
   */
  hidden: boolean;
  /**
   * Deleted while it had replies: comment and tags are gone; the targets stay so that the thread
   * keeps its place in the text, but the UI draws no highlight for it.
   */
  deleted: boolean;
  /** That of its worst span. */
  status: AnchorStatus;
  targets: AnnotationTarget[];
  replies: Reply[];
  /** Present on a note imported from someone else's notes: private to the importer, credited. */
  importedFrom?: ImportedFrom;
};

/**
 * Counts for the side panel, over the annotations the viewer may read (deleted placeholders left
 * out): `visible` and `mine` for the scope switch; `byLanguage` and `byColor` within the chosen
 * scope, whatever the other filters, so that each filter option can show what it would give.
 */
export type AnnotationCounts = {
  visible: number;
  mine: number;
  byLanguage: Record<string, number>;
  byColor: Record<Color, number>;
};

/** A page of `GET /api/documents/<slug>/annotations`. */
export type AnnotationList = {
  items: Annotation[];
  /** How many annotations match the filters, over all pages. */
  total: number;
  offset: number;
  limit: number;
  /** Pass as `after` for the page that follows; null on the last page. */
  nextCursor: string | null;
  counts: AnnotationCounts;
};

/** A reply as the JSON API and the reader give it: its Markdown, and beside it the sanitised HTML rendered on the server. */
export type RenderedReply = Reply & { bodyHtml: string };

/**
 * An annotation as the JSON API and the reader give it: the comment's Markdown, and beside it the
 * sanitised HTML rendered from it on the server (lib/annotations/rendered.ts), so that no Markdown
 * parser has to travel to the browser.
 */
/**
 * Where a note's words answer in another language of its passage (lib/annotations/counterparts.ts):
 * an aligned phrase, or the whole passage where the note meets none. Positions in code points.
 */
export type Counterpart = { language: string; segmentId: string; start: number; end: number; exact: string; method: 'phrase-alignment' | 'segment' };

/** The API sends `counterparts`; the reader page, which draws them from the alignments itself, does not. */
export type RenderedAnnotation = Omit<Annotation, 'replies'> & {
  commentHtml: string;
  /** The comment's words on one line, for previews in lists (lib/markdown/plain-text.ts): no Markdown parser in the browser. */
  commentText: string;
  replies: RenderedReply[];
  counterparts?: Counterpart[];
};

/** A page of `GET /api/documents/<slug>/annotations`, as the API sends it. */
export type RenderedAnnotationList = Omit<AnnotationList, 'items'> & { items: RenderedAnnotation[] };

/**
 * One drawn span of a highlight, in code points of the segment's current text; `uncertain` when
 * the text there changed since the note was made (drawn marked, for the author to confirm);
 * `language` when the span is in another column than its note's (a note that compares languages),
 * `witness` when it was made on another text of its language than its own file.
 */
export type HighlightSpan = {
  segmentId: string;
  start: number;
  end: number;
  uncertain?: true;
  language?: string;
  /** Left out for `default`. */ witness?: string;
};

/** The column a highlight's span is drawn in. */
export const spanLanguage = (highlight: { language: string }, span: { language?: string }) => span.language ?? highlight.language;

/**
 * What the reader page needs to draw one annotation in the text, and no more: its comment, quote
 * and replies load when the panel shows them. Only anchored spans; a deleted placeholder has none.
 */
export type AnnotationHighlight = {
  id: string;
  language: string;
  color: Color;
  visibility: Visibility;
  /** Written by the viewer. */
  mine: boolean;
  spans: HighlightSpan[];
};

/** The highlights the reader page is served with: those of the first notes in text order. */
export type ReaderHighlights = {
  /** AnnotationHighlight[] in text order, packed by lib/annotations/highlight-wire.ts. */
  packed: string;
  /** How many annotations, in text order, `packed` covers (deleted placeholders count, and draw nothing). */
  covered: number;
  /** Tags in use among those annotations, most used first (the tag filter's choices). */
  tags: { tag: string; count: number }[];
};
