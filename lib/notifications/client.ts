// The browser's side of the inbox API (docs/api.md).
import type { MarkReadInput } from '@/lib/notifications/types';

export class MarkReadError extends Error {
  constructor(readonly status: number) {
    super(`The server answered ${status}.`);
  }
}

/**
 * Marks notifications read. `keepalive` lets it finish while the page navigates away (a click on
 * "Open the note" marks it read and leaves at once).
 */
export async function markRead(input: MarkReadInput): Promise<number> {
  const response = await fetch('/api/inbox/read', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    credentials: 'same-origin',
    keepalive: true,
  });
  if (!response.ok) throw new MarkReadError(response.status);
  return ((await response.json()) as { unread: number }).unread;
}

/** Dispatched on `window` when the live stream says the reader's inbox changed (components/annotations/live-notes.tsx). */
export const inboxChangedEvent = 'accord:inbox-changed';

/** How many of the reader's notifications are unread now (GET /api/inbox/unread). */
export async function fetchUnread(): Promise<number> {
  const response = await fetch('/api/inbox/unread', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new MarkReadError(response.status);
  return ((await response.json()) as { unread: number }).unread;
}
