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
