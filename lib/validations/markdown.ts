// The editor's preview asks the server to render what is being written, so that it shows exactly
// what readers will see and no Markdown parser is sent to the browser.
import '@/lib/validations/browser-zod';
import { z } from 'zod';
import { limits } from '@/lib/validations/annotation-limits';
import { userText } from '@/lib/validations/text';

export const markdownPreviewSchema = z.strictObject({
  markdown: userText('markdown', Math.max(limits.comment, limits.reply)),
});

export type MarkdownPreview = { html: string };
