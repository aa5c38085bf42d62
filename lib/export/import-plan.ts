// Checks what import-parse.ts read against the document it is imported into, and decides what
// will be written: every passage must be found in the current text with the same anchoring as the
// reader uses (lib/anchoring: the quote and its context, the position only a hint), else the whole
// file is refused. A passage found only uncertainly (its context changed, or a close match) is
// kept as exported, for its author to confirm; an annotation the exporter itself marked orphaned
// (accord:status) is imported as the orphan it was, quote and selectors unchanged, so that an
// export imports back whole. Segments and languages must still exist.
//
// Authorship: the importer becomes the owner of every row written, but never the author of words
// someone else wrote. An annotation whose creator is not the importer (another reader, another
// tool, or no creator at all) comes in private and credited (`credit`, stored as importedFrom):
// making someone's words public again is their call, not the importer's. A credit the file
// already carries (accord:importedFrom, from an earlier import) is kept as it is.
//
// Replies: the importer's own come in as theirs. Someone else's come in credited when their
// annotation comes in private; under an annotation that stays shared they are skipped, since
// crediting them there would publish their words from the importer's account. A deleted
// placeholder is not imported (there is nothing of it left to own), and its replies are skipped
// with it. Replies to replies are attached to the root annotation: Accord threads are one level
// deep. What is already in the database is decided later (lib/db/import-existing.ts).
import { anchorTarget, describeSpan, worstStatus, type AnchorStatus, type SpanSelector } from '@/lib/anchoring';
import type { DocumentContent } from '@/lib/content';
import { hasWitness, segmentTexts, textKey, witnessIds } from '@/lib/content/text-keys';
import type { ImportProblem, ParsedAnnotation, ParsedFile, ParsedItem, ParsedReply, ParsedSpan } from '@/lib/export/import-parse';
import { personIri } from '@/lib/export/links';
import { pathOf } from '@/lib/export/import-parse';
import type { ImportedFrom } from '@/lib/annotations/types';
import { createAnnotationSchema, replySchema, type CreateAnnotationInput } from '@/lib/validations/annotation';

/** Where a planned row came from, for the duplicate check and the credit. */
export type PlannedOrigin = {
  /** The item's id in the file. */
  sourceId: string;
  /** The IRIs the item says it is a copy of (the model's `via`). */
  via: string[];
  /** Who wrote the words: the original's creator when the item carries a credit, else the item's creator. */
  creator: string | null;
  /** Set when someone other than the importer wrote it. */
  credit: ImportedFrom | null;
};
export type PlannedReply = PlannedOrigin & { body: string; createdAt: Date; updatedAt: Date };
export type PlannedAnnotation = CreateAnnotationInput &
  PlannedOrigin & {
    createdAt: Date;
    updatedAt: Date;
    replies: PlannedReply[];
    /** How it will stand in the current text (its worst span): uncertain or orphaned spans are kept as exported. */
    status: AnchorStatus;
  };
export type ImportPlan = {
  annotations: PlannedAnnotation[];
  /** Annotations left out as copies of another in the same file. */
  copies: number;
  skippedReplies: number;
  skippedDeleted: number;
  /** Why replies were skipped, with how many for each reason. */
  skippedReasons: Record<string, number>;
};

export const skipReasons = {
  deleted: 'replies to a deleted note, which is not imported',
  othersUnderShared: 'written by someone else under a note that stays shared: importing it would republish their words from your account',
  noteHere: 'replies to a note that is already here: threads are not merged',
} as const;

/** Every IRI that names what a planned row is a copy of, itself included. */
export const namesOf = (row: PlannedAnnotation | PlannedReply) => [row.sourceId, ...row.via, ...(row.credit ? [row.credit.id] : [])];

function dates(item: { created?: string; modified?: string }, now: Date) {
  const createdAt = item.created ? new Date(item.created) : now;
  return { createdAt, updatedAt: item.modified ? new Date(item.modified) : createdAt };
}

/** Where an item came from and whose words it holds, seen from the importer. */
function originOf(item: ParsedAnnotation | ParsedReply, importer: string): PlannedOrigin {
  const base = { sourceId: item.id, via: item.via ?? [] };
  if (item.importedFrom) return { ...base, creator: item.importedFrom.creatorId, credit: item.importedFrom };
  if (item.creator !== null && item.creator === importer) return { ...base, creator: item.creator, credit: null };
  const credit: ImportedFrom = {
    id: item.id,
    creatorName: item.creatorName ?? null,
    // creatorKey falls back to "name:…" when the creator has no IRI: that is no id.
    creatorId: item.creator?.startsWith('name:') ? null : item.creator,
    created: item.created ? new Date(item.created).toISOString() : null,
  };
  return { ...base, creator: item.creator, credit };
}

/** A span to write (on the text of its language it was made on), with the state anchorAnnotations will give it in the current text. */
type PlannedSpan = SpanSelector & { witness: string; status: AnchorStatus };

function anchorSpan(document: DocumentContent, span: ParsedSpan, orphaned: boolean, problems: ImportProblem[]): PlannedSpan | undefined {
  if (!document.languages.some((l) => l.code === span.language)) {
    const codes = document.languages.map((l) => l.code).join(', ');
    problems.push({ path: `${span.path}.source`, message: `language "${span.language}" is not in this document (${codes})` });
    return undefined;
  }
  if (!hasWitness(document, span.language, span.witness)) {
    const known = witnessIds(document, span.language).join(', ');
    problems.push({ path: `${span.path}.source`, message: `"${span.language}" has no text "${span.witness}" in this document (it has ${known})` });
    return undefined;
  }
  const text = segmentTexts(document).get(span.segmentId)?.[textKey(span.language, span.witness)];
  if (text === undefined) {
    problems.push({ path: `${span.path}.source`, message: `segment "${span.segmentId}" is not in this document` });
    return undefined;
  }
  // The stated position is only a hint, as in the reader: the same words at that position with
  // other words around them are another passage. A file may give no context at all: then it is
  // unknown, not the segment's edge.
  const known = span.prefix !== '' || span.suffix !== '';
  const start = span.position?.start ?? 0;
  const end = span.position?.end ?? start + [...span.exact].length;
  const anchor = anchorTarget(text, { start, end, exact: span.exact, prefix: known ? span.prefix : undefined, suffix: known ? span.suffix : undefined });
  const asExported = { segmentId: span.segmentId, start, end, exact: span.exact, prefix: span.prefix, suffix: span.suffix };
  if (anchor.status === 'orphaned') {
    // Kept as the orphan the exporter marked it.
    if (orphaned) return { ...asExported, witness: span.witness, status: 'orphaned' };
    const where = span.position ? ` at ${span.position.start}–${span.position.end}` : '';
    problems.push({
      path: `${span.path}.selector`,
      message: `the quote “${span.exact}” is not in segment "${span.segmentId}" (${textKey(span.language, span.witness)})${where}, nor anywhere else in it`,
    });
    return undefined;
  }
  const here = describeSpan(span.segmentId, text, anchor.start, anchor.end);
  // An uncertain span is kept as exported: it must not be re-described on words its author never
  // chose. Its unknown context is the one around where it is found, since a stored '' would be
  // read as the segment's edge and the span found nowhere.
  const selector =
    anchor.status === 'anchored' ? here : { ...asExported, prefix: known ? span.prefix : here.prefix, suffix: known ? span.suffix : here.suffix };
  // What lib/db/reanchor.ts will store for it, so that the preview says what the import does.
  return { ...selector, witness: span.witness, status: anchorTarget(text, selector).status };
}

function planAnnotation(
  document: DocumentContent,
  item: ParsedAnnotation,
  importer: string,
  now: Date,
  problems: ImportProblem[],
): PlannedAnnotation | undefined {
  const before = problems.length;
  const anchored = item.spans.map((span) => anchorSpan(document, span, item.orphaned, problems));
  if (problems.length > before) return undefined;
  const origin = originOf(item, importer);
  const own = item.creator !== null && item.creator === importer;
  const input = {
    language: item.spans[0]!.language,
    color: item.color,
    comment: item.comment,
    tags: item.tags,
    visibility: own ? item.visibility : 'private',
    // Each span keeps its own language: a note that compares languages comes back with all of them.
    targets: anchored.map((span, i) => {
      const { status: _status, ...selector } = span!;
      return { ...selector, language: item.spans[i]!.language };
    }),
  };
  const result = createAnnotationSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // The input's fields come from these parts of the item.
      const [field, index] = issue.path;
      const where =
        field === 'comment' || field === 'tags'
          ? 'body'
          : field === 'targets' && typeof index === 'number'
            ? item.spans[index]!.path.slice(item.path.length + 1)
            : 'target';
      problems.push({ path: `${item.path}.${where}`, message: `${pathOf('', issue.path)}: ${issue.message}` });
    }
    return undefined;
  }
  return { ...result.data, ...origin, ...dates(item, now), replies: [], status: worstStatus(anchored.map((span) => span!.status)) };
}

export function planImport(
  document: DocumentContent,
  { items, brokenIds }: Pick<ParsedFile, 'items' | 'brokenIds'>,
  importerId: string,
  now = new Date(),
): { plan: ImportPlan; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const importer = personIri(importerId);
  const byId = new Map(items.map((item) => [item.id, item]));
  // The item at the top of a reply's chain, or the id where the chain leaves the file, or
  // undefined for a chain that loops. Each chain is walked once, so that a file of long chains
  // costs linear time, not quadratic.
  const roots = new Map<string, ParsedItem | string | undefined>();
  const rootOf = (reply: ParsedReply): ParsedItem | string | undefined => {
    const chain = new Set<ParsedReply>();
    let current = reply;
    let root: ParsedItem | string | undefined;
    for (;;) {
      if (roots.has(current.id)) {
        root = roots.get(current.id);
        break;
      }
      if (chain.has(current)) break;
      chain.add(current);
      const parent = byId.get(current.parentId);
      if (parent?.kind === 'reply') current = parent;
      else {
        root = parent ?? current.parentId;
        break;
      }
    }
    for (const link of chain) roots.set(link.id, root);
    return root;
  };
  const planned = new Map<string, PlannedAnnotation>();
  // A file may hold a note and a copy of it (credited to it, or under the same id): one is written.
  const named = new Set<string>();
  const copies = new Set<string>();
  let skippedDeleted = 0;
  for (const item of items) {
    if (item.kind === 'deleted') skippedDeleted += 1;
    if (item.kind !== 'annotation') continue;
    const annotation = planAnnotation(document, item, importer, now, problems);
    if (!annotation) continue;
    const names = namesOf(annotation);
    if (names.some((name) => named.has(name))) copies.add(item.id);
    else planned.set(item.id, annotation);
    for (const name of names) named.add(name);
  }
  let skippedReplies = 0;
  const skippedReasons: Record<string, number> = {};
  const skip = (reason: string) => {
    skippedReplies += 1;
    skippedReasons[reason] = (skippedReasons[reason] ?? 0) + 1;
  };
  for (const item of items) {
    if (item.kind !== 'reply') continue;
    const parent = rootOf(item);
    // A reply under an item with problems of its own: those are reported, the file is refused.
    if (typeof parent === 'string' && brokenIds.has(parent)) continue;
    if (parent === undefined || typeof parent === 'string') {
      problems.push({ path: `${item.path}.target`, message: `replies to ${item.parentId}, which is not in this file` });
      continue;
    }
    const body = replySchema.safeParse({ body: item.body });
    if (!body.success) {
      problems.push(...body.error.issues.map((issue) => ({ path: `${item.path}.body`, message: issue.message })));
      continue;
    }
    const target = planned.get(parent.id);
    if (parent.kind === 'deleted') skip(skipReasons.deleted);
    else if (copies.has(parent.id)) skip(skipReasons.noteHere);
    else if (!target) continue;
    else {
      const origin = originOf(item, importer);
      if (origin.credit && target.visibility === 'shared') skip(skipReasons.othersUnderShared);
      else target.replies.push({ body: body.data.body, ...origin, ...dates(item, now) });
    }
  }
  return { plan: { annotations: [...planned.values()], copies: copies.size, skippedReplies, skippedDeleted, skippedReasons }, problems };
}
