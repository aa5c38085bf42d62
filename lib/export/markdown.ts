// Markdown export: provenance once at the top, then one section per annotation in text order.
// The header is built as an mdast tree and serialised by mdast-util-to-markdown (once per export).
// Each annotation's section is written straight to text with the escaping of markdown-escape.ts,
// and readers' comments and replies go in as the Markdown they are (markdown-embed.ts): a large
// export writes 100,000 sections, and a tree serialised per section cost a millisecond each.
import type { BlockContent, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { statusLabel } from '@/lib/content';
import { creditLine } from '@/lib/annotations/credit';
import type { Annotation } from '@/lib/annotations/types';
import { documentUrl } from '@/lib/export/links';
import { describeFilters, describeScope, formatDateTime, sentence, statusNoteAfterLabel, type ExportOptions } from '@/lib/export/options';
import { embedMarkdown, indent, markdownStyle } from '@/lib/export/markdown-embed';
import { autolink, blockquote, escapeInline, heading, inlineCode, strong } from '@/lib/export/markdown-escape';
import { passageOf, type AlignedSegment, type LanguageLabel } from '@/lib/export/passage';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strongNode = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const listItem = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children });

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
            strongNode(l.name),
            text(` (lang: ${l.code}): ${sentence(statusLabel(l.status))}${statusNoteAfterLabel(l)} Source: ${l.sourceUrl ? l.source : sentence(l.source)}`),
            ...(l.sourceUrl ? [text(' '), { type: 'link', url: l.sourceUrl, children: [text(l.sourceUrl)] } as PhrasingContent, text('.')] : []),
          ),
        ),
      ),
    },
  ];
  return toMarkdown({ type: 'root', children }, markdownStyle);
}

/** A tight list of one-line items. */
const list = (bullet: string, items: string[]) => items.map((item) => `${bullet} ${item}`).join('\n');

function selectedLine(prefix: string, language: LanguageLabel, segmentId: string): string {
  const witness = language.witness ? ` · text ${language.witness}` : '';
  return `${strong(`${prefix}${language.name}`)}${escapeInline(` (lang: ${language.code})${witness} · ${language.status} · segment ${segmentId}`)}`;
}

function meta(annotation: Annotation, link: string, bullet: string): string {
  const dates = `${formatDateTime(annotation.createdAt)}${annotation.updatedAt !== annotation.createdAt ? ` · modified ${formatDateTime(annotation.updatedAt)}` : ''}`;
  const items: string[] = [];
  if (annotation.tags.length) items.push(`**Tags:** ${annotation.tags.map(inlineCode).join(', ')}`);
  if (!annotation.deleted) {
    items.push(`**Author:** ${escapeInline(`${annotation.author.name}, ${dates}`)}`);
    // The author above imported it; these are whose words it holds.
    // The original's IRI came in a file: linked only when it is a web address.
    const from = annotation.importedFrom;
    if (from) items.push(`**Imported:** ${escapeInline(creditLine(from))} (${/^https?:\/\//i.test(from.id) ? autolink(from.id) : inlineCode(from.id)})`);
    items.push(`**Colour:** ${escapeInline(annotation.color)} · **Visibility:** ${escapeInline(annotation.visibility)}`);
  }
  items.push(`**In the reader:** ${autolink(link)}`);
  return list(bullet, items);
}

/**
 * The aligned segments repeat across annotations (a document has a few hundred): each block is
 * written once per export and reused.
 */
type AlignedCache = Map<string, string>;

function alignedBlock(aligned: AlignedSegment, cache: AlignedCache): string {
  const key = `${aligned.language.code}#${aligned.segmentId}`;
  let block = cache.get(key);
  if (block === undefined) {
    block = `${selectedLine('Aligned text, ', aligned.language, aligned.segmentId)}\n\n${blockquote(aligned.text)}`;
    cache.set(key, block);
  }
  return block;
}

/** The replies as a loose list, each reply's Markdown inside its item. */
function replies(annotation: Annotation): string {
  const items = annotation.replies.map((reply) => {
    const body = embedMarkdown(reply.body).markdown;
    const credit = reply.importedFrom ? ` (imported ${creditLine(reply.importedFrom)})` : '';
    const head = `- ${strong(reply.author.name)}${escapeInline(`, ${formatDateTime(reply.createdAt)}${credit}`)}`;
    return body ? `${head}\n\n${indent(body, 2)}` : head;
  });
  return `**Replies (${annotation.replies.length})**\n\n${items.join('\n\n')}`;
}

/** A bullet that the list before it does not use, so that the two lists stay two. */
function bulletAfter(used: ReadonlySet<string>): string {
  return ['-', '*', '+'].find((bullet) => !used.has(bullet)) ?? '-';
}

/** One annotation as Markdown blocks, written straight to text: one string per annotation. */
function section(number: number, annotation: Annotation, options: ExportOptions, cache: AlignedCache): string {
  const passage = passageOf(options.document, annotation, options.baseUrl);
  const first = passage.selected[0];
  // A note that compares languages names each: "English and Japanese, p3".
  const names = [...new Set(passage.selected.map((s) => s.language.name))];
  const where = first ? `${names.join(' and ')}, ${passage.segmentIds.join(', ')}` : annotation.language;
  const blocks = [heading(2, `${number}. ${annotation.deleted ? 'Deleted annotation' : 'Annotation'} (${where})`)];
  // Bullets used by the block just before the facts list: a list there with the same bullet
  // would take the facts in as more items.
  let before: ReadonlySet<string> = new Set();
  if (annotation.deleted) {
    blocks.push('_Deleted by its author; the replies remain._');
  } else {
    if (annotation.status === 'orphaned') {
      blocks.push('**Orphaned:** this passage no longer appears in the current text; the quote is as it was when annotated.');
    } else if (annotation.status === 'uncertain') {
      blocks.push('**The text here changed:** the passage was found again, but not as it was when annotated; the quote is as it was.');
    }
    for (const selected of passage.selected) {
      const prefix = selected.orphaned ? 'Orphaned quote, ' : selected.anchor.status === 'uncertain' ? 'Uncertain quote, ' : '';
      blocks.push(selectedLine(prefix, selected.language, selected.segmentId), blockquote(selected.exact));
      const { anchor } = selected;
      if (anchor.status === 'uncertain')
        blocks.push(
          escapeInline(
            `Now at ${anchor.start}–${anchor.end} of the current text, which reads “${anchor.found}” there (made at ${selected.start}–${selected.end}).`,
          ),
        );
      else if (anchor.status === 'anchored' && anchor.moved)
        blocks.push(escapeInline(`Now at ${anchor.start}–${anchor.end} of the current text (made at ${selected.start}–${selected.end}).`));
    }
    for (const aligned of passage.aligned) blocks.push(alignedBlock(aligned, cache));
    const comment = annotation.comment.trim() ? embedMarkdown(annotation.comment) : undefined;
    if (comment?.markdown) {
      blocks.push('**Comment**', comment.markdown);
      before = comment.bullets;
    }
  }
  if (annotation.replies.length) {
    blocks.push(replies(annotation));
    before = new Set('-');
  }
  const bullet = bulletAfter(before);
  // Every bullet taken (a comment ending in lists of all three kinds): an empty HTML comment
  // ends the list before it, as mdast-util-to-markdown does.
  if (before.has(bullet)) blocks.push('<!-- -->');
  blocks.push(meta(annotation, passage.link, bullet));
  return `${blocks.join('\n\n')}\n`;
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
