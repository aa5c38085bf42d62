// Markdown export: provenance once at the top, then one section per annotation in text order.
// Sections are built as mdast trees and serialised by mdast-util-to-markdown, which escapes
// quotes and names that happen to look like Markdown (a segment starting "1." stays text).
import type { BlockContent, Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { statusLabel } from '@/lib/content';
import type { Annotation } from '@/lib/annotations/types';
import { documentUrl } from '@/lib/export/links';
import { describeFilters, describeScope, formatDateTime, sentence, statusNoteAfterLabel, type ExportOptions } from '@/lib/export/options';
import { passageOf, type AlignedSegment, type LanguageLabel } from '@/lib/export/passage';

const style: Options = { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' };

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const listItem = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children });

/** Line breaks inside a segment are kept as hard breaks; blank lines start a new paragraph. */
function lines(value: string): PhrasingContent[] {
  return value.split('\n').flatMap((line, i) => (i === 0 ? [text(line)] : [{ type: 'break' } as const, text(line)]));
}

function quote(value: string): BlockContent {
  const paragraphs = value.split(/\n{2,}/).map((part) => paragraph(...lines(part)));
  return { type: 'blockquote', children: paragraphs };
}

function languageLine(prefix: string, language: LanguageLabel, segmentId: string): Paragraph {
  return paragraph(strong(`${prefix}${language.name}`), text(` (lang: ${language.code}) · ${language.status} · segment ${segmentId}`));
}

/** A reader's comment is Markdown already: parsed, with its headings pushed below ours. */
function userMarkdown(value: string): RootContent[] {
  const tree = fromMarkdown(value);
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth + 3) as Heading['depth'];
  });
  return tree.children;
}

function header(options: ExportOptions): string {
  const { document, baseUrl, filter, exportedAt } = options;
  const filters = describeFilters(filter);
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(`Annotations: ${document.title}`)] },
    paragraph(
      text(`Exported ${formatDateTime(exportedAt.toISOString())} from `),
      { type: 'link', url: documentUrl(baseUrl, document.slug), children: [text(documentUrl(baseUrl, document.slug))] },
      text(`. Scope: ${describeScope(filter.scope)}.${filters.length ? ` Filters: ${filters.join(', ')}.` : ''}`),
    ),
    { type: 'heading', depth: 2, children: [text('Texts')] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: document.languages.map((l) =>
        listItem(
          paragraph(
            strong(l.name),
            text(` (lang: ${l.code}): ${sentence(statusLabel(l.status))}${statusNoteAfterLabel(l)} Source: ${l.sourceUrl ? l.source : sentence(l.source)}`),
            ...(l.sourceUrl ? [text(' '), { type: 'link', url: l.sourceUrl, children: [text(l.sourceUrl)] } as PhrasingContent, text('.')] : []),
          ),
        ),
      ),
    },
  ];
  return toMarkdown({ type: 'root', children }, style);
}

function meta(annotation: Annotation, link: string): BlockContent {
  const dates = `${formatDateTime(annotation.createdAt)}${annotation.updatedAt !== annotation.createdAt ? ` · modified ${formatDateTime(annotation.updatedAt)}` : ''}`;
  const items: ListItem[] = [];
  if (annotation.tags.length) {
    const tags = annotation.tags.flatMap((tag, i): PhrasingContent[] => [...(i ? [text(', ')] : []), { type: 'inlineCode', value: tag }]);
    items.push(listItem(paragraph(strong('Tags:'), text(' '), ...tags)));
  }
  if (!annotation.deleted) {
    items.push(listItem(paragraph(strong('Author:'), text(` ${annotation.author.name}, ${dates}`))));
    items.push(listItem(paragraph(strong('Colour:'), text(` ${annotation.color} · `), strong('Visibility:'), text(` ${annotation.visibility}`))));
  }
  items.push(listItem(paragraph(strong('In the reader:'), text(' '), { type: 'link', url: link, children: [text(link)] })));
  return { type: 'list', ordered: false, spread: false, children: items };
}

/**
 * The aligned segments repeat across annotations (a document has a few hundred), and escaping
 * their text is most of the work: each is serialised once per export and reused.
 */
type AlignedCache = Map<string, string>;

function alignedBlock(aligned: AlignedSegment, cache: AlignedCache): string {
  const key = `${aligned.language.code}#${aligned.segmentId}`;
  let block = cache.get(key);
  if (block === undefined) {
    block = toMarkdown({ type: 'root', children: [languageLine('Aligned text, ', aligned.language, aligned.segmentId), quote(aligned.text)] }, style);
    cache.set(key, block);
  }
  return block;
}

function section(number: number, annotation: Annotation, options: ExportOptions, cache: AlignedCache): string {
  const passage = passageOf(options.document, annotation, options.baseUrl);
  const first = passage.selected[0];
  const where = first ? `${first.language.name}, ${passage.segmentIds.join(', ')}` : annotation.language;
  // Three runs of blocks, serialised apart and joined: what this annotation says, then the
  // aligned texts (cached), then comment, replies and facts (one run, so that the replies list
  // and the facts list stay two lists).
  const head: RootContent[] = [
    { type: 'heading', depth: 2, children: [text(`${number}. ${annotation.deleted ? 'Deleted annotation' : 'Annotation'} (${where})`)] },
  ];
  const tail: RootContent[] = [];
  let aligned: string[] = [];
  if (annotation.deleted) {
    head.push(paragraph({ type: 'emphasis', children: [text('Deleted by its author; the replies remain.')] }));
  } else {
    if (annotation.status === 'orphaned') {
      head.push(paragraph(strong('Orphaned:'), text(' this passage no longer appears in the current text; the quote is as it was when annotated.')));
    }
    for (const selected of passage.selected) {
      head.push(languageLine(selected.orphaned ? 'Orphaned quote, ' : '', selected.language, selected.segmentId), quote(selected.exact));
    }
    aligned = passage.aligned.map((a) => alignedBlock(a, cache));
    if (annotation.comment.trim()) tail.push(paragraph(strong('Comment')), ...userMarkdown(annotation.comment));
  }
  if (annotation.replies.length) {
    tail.push(paragraph(strong(`Replies (${annotation.replies.length})`)), {
      type: 'list',
      ordered: false,
      spread: true,
      children: annotation.replies.map((reply) => ({
        type: 'listItem',
        spread: true,
        children: [paragraph(strong(reply.author.name), text(`, ${formatDateTime(reply.createdAt)}`)), ...(userMarkdown(reply.body) as BlockContent[])],
      })),
    });
  }
  tail.push(meta(annotation, passage.link));
  return [toMarkdown({ type: 'root', children: head } satisfies Root, style), ...aligned, toMarkdown({ type: 'root', children: tail }, style)].join('\n');
}

export async function* exportMarkdown(options: ExportOptions, annotations: AsyncIterable<Annotation>): AsyncGenerator<string> {
  yield header(options);
  let count = 0;
  const cache: AlignedCache = new Map();
  for await (const annotation of annotations) {
    count += 1;
    yield `\n---\n\n${section(count, annotation, options, cache)}`;
  }
  yield `\n---\n\n${count === 0 ? 'No annotations matched.' : count === 1 ? '1 annotation.' : `${count} annotations.`}\n`;
}
