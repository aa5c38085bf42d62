'use client';
import { useMemo } from 'react';
import { renderMarkdown } from '@/lib/markdown/render';

/** A comment or reply, rendered from Markdown and sanitised (no HTML, no scripts, safe links). */
export function MarkdownView({ markdown, className = 'note-markdown' }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  // Safe: renderMarkdown runs rehype-sanitize over everything it emits.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
