/**
 * A comment or reply as the server rendered it from Markdown and sanitised it (no raw HTML, no
 * scripts, safe links): `commentHtml` / `bodyHtml` of the API, or a preview from POST /api/markdown.
 */
export function MarkdownView({ html, className = 'note-markdown' }: { html: string; className?: string }) {
  // Safe: lib/markdown/render.ts runs rehype-sanitize over everything it emits.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
