// Comments and replies are Markdown written by readers: rendered on the server, raw HTML shown as
// the text it was written as (raw-html-as-text.ts), sanitised (GitHub's schema via rehype-sanitize:
// no event handlers, no javascript: URLs, by the rules of url-policy.ts), images become links to
// them, and links open in a new tab without access to this page.
import type { Root } from 'hast';
import type { Root as MarkdownRoot } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeImagesAsLinks from '@/lib/markdown/images-as-links';
import { plainTextOf } from '@/lib/markdown/plain-text';
import remarkRawHtmlAsText from '@/lib/markdown/raw-html-as-text';

const processor = unified()
  .use(remarkParse)
  .use(remarkRawHtmlAsText)
  // No raw HTML is left to pass (allowDangerousHtml stays off all the same).
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeImagesAsLinks)
  .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'] });

const stringifier = unified().use(rehypeStringify);

/** The rendered and sanitised tree, for a server component to turn into React elements. */
export function markdownTree(markdown: string): Root {
  if (!markdown.trim()) return { type: 'root', children: [] };
  return processor.runSync(processor.parse(markdown)) as Root;
}

/** The same as HTML, for the API and the panel (which receive it as a string). */
export function renderMarkdown(markdown: string): string {
  return stringifier.stringify(markdownTree(markdown));
}

/**
 * The HTML and the one-line words (lib/markdown/plain-text.ts) of a comment from one parse: the
 * words are read off the Markdown tree before the transforms change it in place.
 */
export function renderMarkdownWithText(markdown: string): { html: string; text: string } {
  if (!markdown.trim()) return { html: '', text: '' };
  const parsed = processor.parse(markdown) as MarkdownRoot;
  const text = plainTextOf(parsed);
  return { html: stringifier.stringify(processor.runSync(parsed) as Root), text };
}
