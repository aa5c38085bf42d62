// Reads a W3C Web Annotation file into what Accord can import, collecting every problem with
// where it is ("items[3].target[0].selector") instead of stopping at the first. Accepted: an
// AnnotationCollection with its page embedded (our own export), an AnnotationPage, a bare array
// of annotations, or one annotation. Nothing here knows the document: import-plan.ts checks the
// passages against its text.
import type { z } from 'zod';
import { readProvenance, type Provenance } from '@/lib/export/import-provenance';
import { colorOfStyleClass } from '@/lib/export/jsonld-vocabulary';
import {
  annotationCollectionSchema,
  annotationPageSchema,
  annotationSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '@/lib/export/web-annotation-model';
import type { Color, Visibility } from '@/lib/validations/annotation';

export type ImportProblem = { path: string; message: string };

export type ParsedSpan = {
  /** Path of the target in the file, for problems found later. */
  path: string;
  segmentId: string;
  language: string;
  /** The text of its language it was made on (source `accord:witness`, or the link's `witness`); `default` when unsaid. */
  witness: string;
  position?: { start: number; end: number };
  exact: string;
  prefix: string;
  suffix: string;
};

// Provenance (creator's name, via, an earlier credit) is set by parseItem for annotations and replies.
type Dates = { created?: string; modified?: string } & Partial<Provenance>;
export type ParsedAnnotation = Dates & {
  kind: 'annotation';
  path: string;
  id: string;
  creator: string | null;
  color: Color;
  visibility: Visibility;
  comment: string;
  tags: string[];
  spans: ParsedSpan[];
  /** Marked orphaned by the exporter (accord:status): kept as an orphan if it still cannot be placed. */
  orphaned: boolean;
};
export type ParsedPlaceholder = { kind: 'deleted'; path: string; id: string; creator: string | null };
export type ParsedReply = Dates & { kind: 'reply'; path: string; id: string; creator: string | null; parentId: string; body: string };
export type ParsedItem = ParsedAnnotation | ParsedPlaceholder | ParsedReply;

type Annotation = z.infer<typeof annotationSchema>;

export function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`), base);
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** The path of element `i` of a value that may be one object or an array of them. */
const at = (base: string, value: unknown, i: number) => (Array.isArray(value) ? `${base}[${i}]` : base);
const iriOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'object' && value && 'id' in value && typeof value.id === 'string' ? value.id : undefined;

/** Finds the list of annotations in whichever container the file uses. */
export function itemsOf(file: unknown): { items: unknown[]; problems: ImportProblem[] } {
  const type = typeof file === 'object' && file !== null && 'type' in file ? file.type : undefined;
  const is = (name: string) => type === name || (Array.isArray(type) && type.includes(name));
  if (Array.isArray(file)) return { items: file, problems: [] };
  if (is('Annotation')) return { items: [file], problems: [] };
  const issues = (error: z.ZodError) => error.issues.map((issue) => ({ path: pathOf('', issue.path), message: issue.message }));
  if (is('AnnotationPage')) {
    const page = annotationPageSchema.safeParse(file);
    if (!page.success) return { items: [], problems: issues(page.error) };
    if (page.data.next) return { items: [], problems: [{ path: 'next', message: 'only a single page can be imported: put every item in one page' }] };
    return { items: page.data.items, problems: [] };
  }
  if (is('AnnotationCollection')) {
    const collection = annotationCollectionSchema.safeParse(file);
    if (!collection.success) return { items: [], problems: issues(collection.error) };
    const first = collection.data.first;
    if (first === undefined) return { items: [], problems: [] };
    if (typeof first === 'string') return { items: [], problems: [{ path: 'first', message: 'the page must be embedded in the file, not linked' }] };
    if (first.next) return { items: [], problems: [{ path: 'first.next', message: 'only a single page can be imported: put every item in one page' }] };
    return { items: first.items, problems: [] };
  }
  return {
    items: [],
    problems: [{ path: '', message: 'expected a W3C Web Annotation AnnotationCollection, AnnotationPage, array of annotations or annotation' }],
  };
}

function creatorKey(creator: Annotation['creator']): string | null {
  if (creator === undefined) return null;
  if (typeof creator === 'string') return creator;
  return creator.id ?? (creator.name ? `name:${creator.name}` : null);
}

function parseReply(a: Annotation, path: string, problems: ImportProblem[]): ParsedReply | undefined {
  const targets = list(a.target);
  const parentId = targets.length === 1 ? (iriOf(targets[0]) ?? iriOf((targets[0] as { source?: unknown }).source)) : undefined;
  if (!parentId) problems.push({ path: `${path}.target`, message: 'a reply targets exactly one annotation, by its id' });
  const bodies = list(a.body);
  const texts = bodies.flatMap((b) => (typeof b === 'object' && 'value' in b && typeof b.value === 'string' ? [b.value] : []));
  if (!texts.length) problems.push({ path: `${path}.body`, message: 'a reply needs a TextualBody with its text' });
  if (!parentId || !texts.length) return undefined;
  return { kind: 'reply', path, id: a.id, creator: creatorKey(a.creator), parentId, body: texts.join('\n\n'), created: a.created, modified: a.modified };
}

/** Positions are stored as 32-bit integers; no segment is anywhere near that long. */
const maxPosition = 2 ** 31 - 1;

/** The segment id a source IRI names after its #: '' when none, undefined when not decodable. */
function segmentIdOf(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * The model allows any four-digit year; the database and JavaScript agree only from year 1 on
 * (year 0 is 1 BC to one and not storable as written to the other).
 */
function checkDates(a: Dates, path: string, problems: ImportProblem[]) {
  for (const field of ['created', 'modified'] as const) {
    const value = a[field];
    if (value !== undefined && new Date(value).getUTCFullYear() < 1) {
      problems.push({ path: `${path}.${field}`, message: 'must be a date from year 1 on' });
    }
  }
}

const witnessPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The source's `accord:witness`, else the reader link's `witness=<lang>.<witness>` for this language, else `default`. */
function witnessOf(source: unknown, url: URL, language: string | undefined): string {
  const declared = typeof source === 'object' && source && 'accord:witness' in source ? source['accord:witness'] : undefined;
  if (declared !== undefined) return typeof declared === 'string' ? declared : '';
  const linked = url.searchParams
    .getAll('witness')
    .flatMap((value) => value.split(','))
    .find((key) => key.startsWith(`${language}.`));
  return linked ? linked.slice(`${language}.`.length) : 'default';
}

function parseSpan(target: unknown, path: string, problems: ImportProblem[]): ParsedSpan | 'projected' | undefined {
  if (typeof target !== 'object' || target === null || !('source' in target)) {
    problems.push({ path, message: 'a target needs a source and a TextQuoteSelector: a bare IRI names no passage' });
    return undefined;
  }
  const t = target as { source: unknown; selector?: unknown; 'accord:role'?: unknown };
  if (t['accord:role'] === 'projected') return 'projected';
  const selectors = list(t.selector);
  const quote = selectors.map((s) => textQuoteSelectorSchema.safeParse(s)).find((r) => r.success)?.data;
  const position = selectors.map((s) => textPositionSelectorSchema.safeParse(s)).find((r) => r.success)?.data;
  const url = new URL(iriOf(t.source)!);
  const segmentId = segmentIdOf(url);
  const declared = typeof t.source === 'object' && t.source && 'language' in t.source ? t.source.language : undefined;
  const language = typeof declared === 'string' ? declared : url.searchParams.get('langs')?.split(',')[0];
  const witness = witnessOf(t.source, url, language);
  let ok = true;
  const problem = (where: string, message: string) => {
    problems.push({ path: `${path}.${where}`, message });
    ok = false;
  };
  if (segmentId === undefined) problem('source', 'the segment id after # is not valid percent-encoding');
  if (position && (position.end > maxPosition || position.start > position.end)) {
    problem('selector', `the TextPositionSelector must have start ≤ end ≤ ${maxPosition.toLocaleString('en')}`);
  }
  if (!quote) problem('selector', 'needs a TextQuoteSelector with the quoted text');
  else if (!quote.exact) problem('selector', 'the TextQuoteSelector quotes nothing');
  if (segmentId === '') problem('source', 'the source must name a segment: <document URL>#<segment-id>');
  if (!language) problem('source', 'the source does not say its language (source.language or ?langs=)');
  if (!witnessPattern.test(witness)) problem('source', 'accord:witness must be a witness name such as default or working');
  if (!ok || !quote || !language || !segmentId) return undefined;
  return {
    path,
    segmentId,
    language,
    witness,
    ...(position ? { position: { start: position.start, end: position.end } } : {}),
    exact: quote.exact.normalize('NFC'),
    prefix: (quote.prefix ?? '').normalize('NFC'),
    suffix: (quote.suffix ?? '').normalize('NFC'),
  };
}

function parseAnnotation(a: Annotation, path: string, problems: ImportProblem[]): ParsedItem | undefined {
  if (a['accord:deleted'] === true) return { kind: 'deleted', path, id: a.id, creator: creatorKey(a.creator) };
  const before = problems.length;
  const spans: ParsedSpan[] = [];
  let projected = 0;
  list(a.target).forEach((target, j) => {
    const span = parseSpan(target, at(`${path}.target`, a.target, j), problems);
    if (span === 'projected') projected += 1;
    else if (span) spans.push(span);
  });
  if (!spans.length && problems.length === before) {
    problems.push({ path: `${path}.target`, message: projected ? 'every target is projected: no selected passage' : 'no target' });
  }
  const comments: string[] = [];
  const tags: string[] = [];
  list(a.body).forEach((body, k) => {
    if (typeof body === 'object' && 'value' in body && typeof body.value === 'string') {
      if (body.purpose === 'tagging') tags.push(body.value);
      else comments.push(body.value);
    } else problems.push({ path: at(`${path}.body`, a.body, k), message: 'only TextualBody bodies (comments and tags) can be imported' });
  });
  const styleClass = list(a.target)
    .map((t) => (typeof t === 'object' ? t.styleClass : undefined))
    .find((s) => s !== undefined);
  const color = styleClass?.startsWith('accord-') ? colorOfStyleClass(styleClass) : 'yellow';
  if (!color) problems.push({ path: `${path}.target`, message: `styleClass ${styleClass} is not one of Accord's colours` });
  const stated = a['accord:visibility'] ?? 'private';
  if (stated !== 'private' && stated !== 'shared' && stated !== 'group') {
    problems.push({ path: `${path}.accord:visibility`, message: 'must be "private", "group" or "shared"' });
  }
  // An import never writes into a group: membership is checked where a note is shared with one
  // (create, PATCH), and a file names no group one is in. A group's note comes in private.
  const visibility = stated === 'group' ? 'private' : stated;
  if (problems.length > before || !color) return undefined;
  return {
    kind: 'annotation',
    path,
    id: a.id,
    creator: creatorKey(a.creator),
    color,
    visibility: visibility as Visibility,
    comment: comments.join('\n\n'),
    tags,
    spans,
    orphaned: a['accord:status'] === 'orphaned',
    created: a.created,
    modified: a.modified,
  };
}

export type ParsedFile = {
  items: ParsedItem[];
  /** Ids of items that had problems: replies to them are not reported again as orphans. */
  brokenIds: Set<string>;
  problems: ImportProblem[];
};

/** Every item of the file that could be read, and the problems of the rest. */
export function parseAnnotationFile(file: unknown): ParsedFile {
  const { items, problems } = itemsOf(file);
  const parsed: ParsedItem[] = [];
  const brokenIds = new Set<string>();
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const path = `items[${i}]`;
    const before = problems.length;
    const one = parseItem(item, path, seen, problems);
    if (one) parsed.push(one);
    const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
    if (problems.length > before && typeof id === 'string') brokenIds.add(id);
  });
  return { items: parsed, brokenIds, problems };
}

/** Whether any string in the value (keys included) holds U+0000; a loop, so that no nesting depth overflows the stack. */
function holdsNul(value: unknown): boolean {
  const pending = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return true;
    } else if (next !== null && typeof next === 'object') {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes('\u0000')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

function parseItem(item: unknown, path: string, seen: Set<string>, problems: ImportProblem[]): ParsedItem | undefined {
  const result = annotationSchema.safeParse(item);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ path: pathOf(path, issue.path), message: issue.message });
    return undefined;
  }
  const a = result.data;
  // PostgreSQL text cannot hold U+0000; refused here rather than failing the write.
  if (holdsNul(item)) {
    problems.push({ path, message: 'contains a NUL character (U+0000), which cannot be stored' });
    return undefined;
  }
  const before = problems.length;
  checkDates(a, path, problems);
  if (problems.length > before) return undefined;
  if (seen.has(a.id)) problems.push({ path: `${path}.id`, message: `${a.id} appears twice in the file` });
  seen.add(a.id);
  const provenance = readProvenance(a, path, problems);
  const replying = list(a.motivation).includes('replying');
  const parsed = replying ? parseReply(a, path, problems) : parseAnnotation(a, path, problems);
  return parsed && parsed.kind !== 'deleted' ? { ...parsed, ...provenance } : parsed;
}
