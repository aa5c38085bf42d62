// Checks what import-parse.ts read against the document it is imported into, and decides what
// will be written: every passage must be in the current text (at its position, or found again by
// its quote with the same anchoring as the reader uses), else the whole file is refused. The one
// exception is an annotation the exporter itself marked orphaned (accord:status): it is imported
// as the orphan it was, quote and selectors unchanged, so that an export imports back whole; its
// segment and language must still exist.
//
// Replies: the importer becomes their author, so only replies the importer may own are taken:
// those the annotation's own creator wrote (they travel with the annotation, which becomes the
// importer's) and those the importer wrote themselves (same creator IRI); the others are counted
// as skipped. A deleted placeholder is not imported (there is nothing of it left to own), and
// its replies are skipped with it. Replies to replies are attached to the root annotation:
// Accord threads are one level deep.
import { anchorTarget, codePointLength, describeSpan, sliceCodePoints, type SpanSelector } from '@/lib/anchoring';
import type { DocumentContent } from '@/lib/content';
import type { ImportProblem, ParsedAnnotation, ParsedFile, ParsedItem, ParsedReply, ParsedSpan } from '@/lib/export/import-parse';
import { personIri } from '@/lib/export/links';
import { pathOf } from '@/lib/export/import-parse';
import { createAnnotationSchema, replySchema, type CreateAnnotationInput } from '@/lib/validations/annotation';

export type PlannedReply = { body: string; createdAt: Date; updatedAt: Date };
export type PlannedAnnotation = CreateAnnotationInput & { createdAt: Date; updatedAt: Date; replies: PlannedReply[] };
export type ImportPlan = { annotations: PlannedAnnotation[]; skippedReplies: number; skippedDeleted: number };

function dates(item: { created?: string; modified?: string }, now: Date) {
  const createdAt = item.created ? new Date(item.created) : now;
  return { createdAt, updatedAt: item.modified ? new Date(item.modified) : createdAt };
}

function anchorSpan(document: DocumentContent, span: ParsedSpan, orphaned: boolean, problems: ImportProblem[]): SpanSelector | undefined {
  if (!document.languages.some((l) => l.code === span.language)) {
    const codes = document.languages.map((l) => l.code).join(', ');
    problems.push({ path: `${span.path}.source`, message: `language "${span.language}" is not in this document (${codes})` });
    return undefined;
  }
  const text = document.segments.find((s) => s.id === span.segmentId)?.texts[span.language];
  if (text === undefined) {
    problems.push({ path: `${span.path}.source`, message: `segment "${span.segmentId}" is not in this document` });
    return undefined;
  }
  // The quote at its stated position is the passage, whatever context came with it (a file may give none).
  if (span.position && span.position.end <= codePointLength(text) && sliceCodePoints(text, span.position.start, span.position.end) === span.exact) {
    return describeSpan(span.segmentId, text, span.position.start, span.position.end);
  }
  // A file may give no context at all: then it is unknown, not the segment's edge.
  const known = span.prefix !== '' || span.suffix !== '';
  const stored = {
    start: span.position?.start ?? 0,
    end: span.position?.end ?? 0,
    exact: span.exact,
    prefix: known ? span.prefix : undefined,
    suffix: known ? span.suffix : undefined,
  };
  const anchor = anchorTarget(text, stored);
  // Kept as exported where it is not plainly here: an orphan the exporter marked, or a span whose
  // text changed (uncertain), which must not be re-described on words its author never chose.
  if ((anchor.status === 'orphaned' && orphaned) || anchor.status === 'uncertain') {
    const start = span.position?.start ?? 0;
    return {
      segmentId: span.segmentId,
      start,
      end: span.position?.end ?? start + [...span.exact].length,
      exact: span.exact,
      prefix: span.prefix,
      suffix: span.suffix,
    };
  }
  if (anchor.status === 'orphaned') {
    const where = span.position ? ` at ${span.position.start}–${span.position.end}` : '';
    problems.push({
      path: `${span.path}.selector`,
      message: `the quote “${span.exact}” is not in segment "${span.segmentId}" (${span.language})${where}, nor anywhere else in it`,
    });
    return undefined;
  }
  return describeSpan(span.segmentId, text, anchor.start, anchor.end);
}

function planAnnotation(document: DocumentContent, item: ParsedAnnotation, now: Date, problems: ImportProblem[]) {
  const before = problems.length;
  const targets = item.spans.map((span) => anchorSpan(document, span, item.orphaned, problems));
  if (problems.length > before) return undefined;
  const input = {
    language: item.spans[0]!.language,
    color: item.color,
    comment: item.comment,
    tags: item.tags,
    visibility: item.visibility,
    targets: targets as SpanSelector[],
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
  return { ...result.data, ...dates(item, now), replies: [] as PlannedReply[] };
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
  let skippedDeleted = 0;
  for (const item of items) {
    if (item.kind === 'deleted') skippedDeleted += 1;
    if (item.kind !== 'annotation') continue;
    const annotation = planAnnotation(document, item, now, problems);
    if (annotation) planned.set(item.id, annotation);
  }
  let skippedReplies = 0;
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
    const mayOwn = item.creator !== null && (item.creator === parent.creator || item.creator === importer);
    if (parent.kind === 'deleted' || !mayOwn) skippedReplies += 1;
    else target?.replies.push({ body: body.data.body, ...dates(item, now) });
  }
  return { plan: { annotations: [...planned.values()], skippedReplies, skippedDeleted }, problems };
}
