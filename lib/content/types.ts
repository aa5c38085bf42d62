// The shape of a document read from content/: the reader, the API, sync and exports all use it.

// `article`: a text written about a document (a background article), not a version of one.
export const languageStatuses = ['authentic', 'official-translation', 'working-translation', 'article'] as const;
export type LanguageStatus = (typeof languageStatuses)[number];

export const segmentKinds = ['heading', 'paragraph', 'signature', 'dateline'] as const;
export type SegmentKind = (typeof segmentKinds)[number];

export type DocumentLanguage = {
  /** BCP 47 code from the file name and front matter: en, ko, ja. */
  code: string;
  /** English name of the language (Korean), for labels. */
  name: string;
  /** The language's own name for itself (한국어). */
  nativeName: string;
  title: string;
  source: string;
  sourceUrl?: string;
  status: LanguageStatus;
  /** Free text that qualifies the status, shown beside it. */
  statusNote?: string;
  /** ISO date of the text (YYYY-MM-DD); an article may have none. */
  date?: string;
  place?: string;
  /** Path of the file, relative to the project root, for error messages. */
  file: string;
};

export type Segment = {
  /** Stable id from the file (`{#s2-p1}`): anchors, deep links and annotations use it. */
  id: string;
  kind: SegmentKind;
  /** Heading level (1-6) for kind === 'heading'. */
  level?: number;
  /** NFC plain text per language code. Line breaks inside a segment are "\n". */
  texts: Record<string, string>;
};

/** A phrase of one language in a passage: code points of the passage's text, and the text itself. */
export type AlignedSpan = { start: number; end: number; exact: string };

/** Phrases of one passage that answer one another across its languages (content/<slug>/alignment.yaml). */
export type Alignment = {
  id: string;
  segmentId: string;
  /** By language code: two or more of the document's languages. */
  spans: Record<string, AlignedSpan>;
};

/**
 * Another text of one of the document's languages (`<lang>.<witness>.md`): the authentic text beside
 * our working translation, say. The language's `<lang>.md` is its witness `default`.
 */
export type Witness = Omit<DocumentLanguage, 'name' | 'nativeName'> & {
  /** From the file name: `working` for ja.working.md. */
  id: string;
  /** The witness's text of each segment, by segment id. */
  texts: Record<string, string>;
};

/** The witness id of a language's own file, `<lang>.md`. */
export const defaultWitnessId = 'default';

export type DocumentContent = {
  /** Folder name under content/. */
  slug: string;
  /** Title of the first language. */
  title: string;
  /** In display order (front matter `order`, then file name). */
  languages: DocumentLanguage[];
  segments: Segment[];
  /** Aligned phrases, in file order; none without an alignment file. */
  alignments: Alignment[];
  /** The languages' other texts (not their default `<lang>.md`), in file order. */
  witnesses: Witness[];
};

/** A problem in a content file, reported as `file:line: message` without a stack trace. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ContentError';
  }
}

const statusLabels: Record<LanguageStatus, string> = {
  authentic: 'Authentic text',
  'official-translation': 'Official translation',
  'working-translation': 'Working translation from the English, not the authentic text',
  article: 'Background article',
};

export function statusLabel(status: LanguageStatus): string {
  return statusLabels[status];
}
