// A comment's words for a one-line preview, from the same parse as the rendered view (CommonMark,
// no GitHub extensions), so that the preview never disagrees with it: inline code keeps its text,
// raw HTML reads as written (it is shown as text, raw-html-as-text.ts), an image gives its alt
// text, and no "*" or "_" inside a sentence is taken for emphasis.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Blocks: their words are followed by a space, so that two paragraphs do not run together. */
const blocks = new Set(['paragraph', 'heading', 'code', 'tableCell', 'thematicBreak']);

function collect(node: Nodes, out: string[]): void {
  if (node.type === 'break') out.push(' ');
  else if ('children' in node) for (const child of node.children) collect(child, out);
  else out.push(toString(node));
  if (blocks.has(node.type)) out.push(' ');
}

/** The words of a parsed comment, on one line (lib/markdown/render.ts reads them off its own parse). */
export function plainTextOf(tree: Root): string {
  const out: string[] = [];
  collect(tree, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The words of `markdown`, on one line. */
export function plainText(markdown: string): string {
  return plainTextOf(fromMarkdown(markdown));
}

/** The words of `markdown` on one line, cut to at most `length` characters (code points, never half of one) with "…". */
export function excerptOf(markdown: string, length: number): string {
  const words = Array.from(plainText(markdown));
  return words.length > length ? `${words.slice(0, length - 1).join('')}…` : words.join('');
}
