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
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';

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
  /^[ \t>]*</m, // raw HTML, or an autolink, at the start of a line
];

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

/** The old way, for what a line cannot tell: parsed, headings pushed down, serialised. */
function reserialised(text: string): string {
  const tree = fromMarkdown(escapeUnendedHtml(text));
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth + headingShift) as Heading['depth'];
  });
  return withoutTrailingBlankLines(toMarkdown(tree, markdownStyle));
}

/** A reader's Markdown, ready to stand as blocks of its own between the export's blocks. */
export function embedMarkdown(value: string): Embedded {
  let text = value.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '');
  text = withoutTrailingBlankLines(text);
  const markdown = needsParser.some((pattern) => pattern.test(text)) ? reserialised(text) : pushHeadingsDown(text);
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
