// The inbox as the API sends it (GET /api/inbox, docs/api.md), shared by the server and the page.
import { z } from 'zod';
import type { Person } from '@/lib/annotations/types';

export type InboxItem = {
  id: string;
  /** `mention`: someone wrote @you; `reply`: someone replied to your note. */
  kind: 'mention' | 'reply';
  createdAt: string;
  read: boolean;
  /** Who wrote it (null once their account is gone). */
  actor: Person | null;
  annotationId: string;
  replyId: string | null;
  document: { slug: string; title: string };
  /** The start of the reply (or of the note's comment), as plain Markdown source. */
  excerpt: string;
  /** The reader page with the note open. */
  href: string;
};

export type InboxPage = { items: InboxItem[]; next: string | null; unread: number };

export const inboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  before: z.uuid({ error: 'before must be the id of a notification' }).optional(),
});

export const markReadSchema = z.union([
  z
    .object({
      ids: z
        .array(z.uuid({ error: 'each id must be the id of a notification' }))
        .min(1)
        .max(100),
    })
    .strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadInput = z.infer<typeof markReadSchema>;
