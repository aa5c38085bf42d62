// Comments and replies are Markdown written by readers: rendered on the server, sanitised
// (GitHub's schema via rehype-sanitize: no script, no raw HTML, no event handlers, no
// javascript: URLs, by the rules of url-policy.ts), images become links to them, and links open in
// a new tab without access to this page.
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeImagesAsLinks from '@/lib/markdown/images-as-links';

const processor = unified()
  .use(remarkParse)
  // Raw HTML in the Markdown is dropped here already (allowDangerousHtml stays off).
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeImagesAsLinks)
  .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'] })
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return '';
  return String(processor.processSync(markdown));
}
