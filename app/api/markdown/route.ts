import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { renderMarkdown } from '@/lib/markdown/render';
import type { MarkdownPreview } from '@/lib/validations/markdown';
import { markdownPreviewSchema } from '@/lib/validations/markdown';

/** A preview of a comment or reply being written: its sanitised HTML, as it will be shown. Writers only. */
export const POST = writeRoute<Record<string, never>, typeof markdownPreviewSchema>(markdownPreviewSchema, async ({ body }) =>
  NextResponse.json({ html: renderMarkdown(body.markdown) } satisfies MarkdownPreview),
);
