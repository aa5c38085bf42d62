// Readers' comments and replies are Markdown already, and the Markdown export writes them as they
// are: re-parsing and re-serialising each one (100,000 in a large export) was most of the export's
// time, and only rewrote the author's own syntax (*a* became _a_).
//
// Written verbatim, a comment could still reach outside its place in the file. What could, and
// what is done about it (CommonMark 0.31.2):
// - Its headings would sit among the export's own (# would be a new top-level section): ATX
//   headings are pushed three levels down, as before.
// - A fenced code block left open would run to the end of the file: it is closed.
// - A list at its end would take in a list the export writes next with the same bullet:
//   `bullets` says which bullets start its top-level lines, and the export picks another.
// - Anything inside a block quote or list item ends with that container, which ends at the next
//   unindented line the export writes (after a blank line); inline syntax never crosses blocks.
// What a line-by-line pass cannot tell apart without the context a parser keeps goes through the
// Markdown parser and serialiser as before: setext headings (text underlined with === or ---,
// versus a list or a thematic break), code fences inside quotes, lists or indentation, and lines
// that start with < (raw HTML blocks, some of which end only at a marker such as --> and would
// otherwise run to the end of the file: there, a block whose marker is missing has its < escaped).
// Link reference definitions ([x]: https://…) apply to the whole file in Markdown; the parser
// kept them too, so a comment's definition can still give another comment's [x] its target.
//
// The file may be opened in a renderer that runs HTML, so a comment is disarmed by the reader's
// own rules (lib/markdown/url-policy.ts) before it is written: raw HTML is escaped to show as the
// text it is, a link whose address the reader's sanitiser would drop loses its address (its text
// stays), and an image becomes a link to it, as in the reader. Telling those apart needs the
// parser (entities, backslashes, <…> destinations), so a comment with a < anywhere, an image, or
// a link address that is not plainly allowed goes through it; a plain https link does not.
import type { Heading, Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { isAllowedUrl } from '@/lib/markdown/url-policy';

export const markdownStyle: Options = { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' };

export type Embedded = { markdown: string; bullets: ReadonlySet<string> };

/** Headings below the export's own: a comment's # is the export's ####. */
const headingShift = 3;

/** Block quote markers and list item markers in front of a line's content. */
const containerPrefix = /^((?:[ ]{0,3}(?:>[ ]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)))*)([ ]{0,3})(.*)$/;
const fenceOpen = /^(`{3,}(?!.*`)|~{3,})/;
const atxHeading = /^(#{1,6})(?=[ \t]|$)/;

/** What only a parser can place (see above). */
const needsParser = [
  /[^\n]\n[ \t>]*(?:=+|-+)[ \t]*(?=\n|$)/, // a setext underline, or a thematic break right under text
  /^[ \t>*+\-\d.)]+(?:`{3,}|~{3,})/m, // a fence that is not at the start of its line
  /</, // raw HTML, or an autolink
  /!\[/, // an image
];

/**
 * Whether a link's address, or a reference definition's, may not be written as it stands: one
 * with an entity or a backslash (decoded only by the parser), or not plainly allowed. The address
 * is taken up to the next white space, past its closing parenthesis: a longer string with the
 * same start, so any scheme it names is the address's own (at worst a safe link is parsed).
 */
function linksNeedParser(text: string): boolean {
  if (!text.includes('](') && !text.includes(']:')) return false;
  for (const match of text.matchAll(/\](?:\(|:)\s*(\S*)/g)) {
    const address = match[1]!;
    if (/[&\\]/.test(address) || !isAllowedUrl(address, 'href')) return true;
  }
  return false;
}

/** HTML block starts that end only at a marker, with that marker (§4.6, kinds 1 to 5). */
const htmlBlocks: { start: RegExp; end: RegExp }[] = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
];

/**
 * The line-by-line pass of a comment that needs no parser: headings pushed down, a fence left open
 * closed. Every fence here starts at the very start of its line (anything else went to the
 * parser), and lines inside one are left alone.
 */
function pushHeadingsDown(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  for (const [i, line] of lines.entries()) {
    if (fence) {
      const run = line.match(/^ {0,3}(`+|~+)[ \t]*$/)?.[1];
      if (run && run[0] === fence[0] && run.length >= fence.length) fence = undefined;
      continue;
    }
    fence = line.match(fenceOpen)?.[1];
    if (fence || !line.includes('#')) continue;
    const [, prefix = '', indent = '', content = ''] = line.match(containerPrefix) ?? [];
    const hashes = content.match(atxHeading)?.[1];
    if (hashes) lines[i] = `${prefix}${indent}${'#'.repeat(Math.min(6, hashes.length + headingShift))}${content.slice(hashes.length)}`;
  }
  if (fence) lines.push(fence);
  return lines.join('\n');
}

/**
 * Raw HTML blocks whose end marker never comes have their < escaped, before parsing: they would
 * run to the end of the file. Fences are not followed here, so such a line inside code gains a
 * visible backslash: a small price, only for a marker that is never closed.
 */
function escapeUnendedHtml(text: string): string {
  let offset = 0;
  return text
    .split('\n')
    .map((line) => {
      const at = offset;
      offset += line.length + 1;
      const start = line.match(/^ {0,3}/)![0].length;
      const kind = line[start] === '<' ? htmlBlocks.find((block) => block.start.test(line.slice(start))) : undefined;
      return kind && !kind.end.test(text.slice(at + start)) ? `${line.slice(0, start)}\\${line.slice(start)}` : line;
    })
    .join('\n');
}

/** Trailing blank lines go; the last line's own spaces stay (inside code they are content). */
const withoutTrailingBlankLines = (text: string) => text.replace(/(?:\n[ \t]*)+$/, '');

const textNode = (value: string): PhrasingContent => ({ type: 'text', value });

/** What a node becomes once disarmed (see above): itself, or what stands in for it. */
function disarmed(node: Nodes, inFlow: boolean): Nodes[] {
  switch (node.type) {
    case 'html':
      return inFlow ? [{ type: 'paragraph', children: [textNode(node.value)] }] : [textNode(node.value)];
    case 'link':
      // Its children stand in for it, disarmed in turn: raw HTML or an image inside a refused link.
      return isAllowedUrl(node.url, 'href') ? [node] : node.children.flatMap((child) => disarmed(child, inFlow));
    case 'image': {
      const name = node.alt?.trim() || node.url;
      return node.url && isAllowedUrl(node.url, 'src') ? [{ type: 'link', url: node.url, children: [textNode(name)] }] : name ? [textNode(name)] : [];
    }
    case 'imageReference':
      return [
        { type: 'linkReference', identifier: node.identifier, label: node.label, referenceType: node.referenceType, children: [textNode(node.alt ?? '')] },
      ];
    case 'definition':
      return isAllowedUrl(node.url, 'href') ? [node] : [];
    default:
      return [node];
  }
}

/** Raw HTML as text, links and images by the reader's rules, through the whole tree. */
function disarm(parent: Parent) {
  const inFlow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
  parent.children = parent.children.flatMap((child) => disarmed(child, inFlow)) as RootContent[];
  for (const child of parent.children) if ('children' in child) disarm(child);
}

/** The old way, for what a line cannot tell: parsed, disarmed, headings pushed down, serialised. */
function reserialised(text: string): string {
  const tree = fromMarkdown(escapeUnendedHtml(text));
  disarm(tree);
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth + headingShift) as Heading['depth'];
  });
  return withoutTrailingBlankLines(toMarkdown(tree, markdownStyle));
}

/** A reader's Markdown, ready to stand as blocks of its own between the export's blocks. */
export function embedMarkdown(value: string): Embedded {
  let text = value.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '');
  text = withoutTrailingBlankLines(text);
  const parse = needsParser.some((pattern) => pattern.test(text)) || linksNeedParser(text);
  const markdown = parse ? reserialised(text) : pushHeadingsDown(text);
  const bullets = new Set(Array.from(markdown.matchAll(/^ {0,3}([-+*])(?:[ \t]|$)/gm), (m) => m[1]!));
  return { markdown, bullets };
}

/** Markdown indented into a list item whose content starts `width` columns in. */
export function indent(markdown: string, width: number): string {
  const pad = ' '.repeat(width);
  return markdown
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line.replace(/^[ \t]+/, expandTabs)))
    .join('\n');
}

/** Leading tabs as the spaces they stand for (tab stops of 4), so that indenting keeps their width. */
function expandTabs(whitespace: string): string {
  let column = 0;
  for (const c of whitespace) column = c === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(column);
}
