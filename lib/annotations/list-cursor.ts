// Keyset paging of annotation lists: a cursor names the last annotation of a page by its place in
// text order (the columns of the text-order index), so that the next page starts right after it
// along the index, however deep, and a note added or deleted meanwhile shifts nothing.
import { z } from 'zod';

/** Where an annotation sits in text order, in the order the text-order index holds. */
export type TextOrderKey = { firstPosition: number; firstSegmentId: number; firstStart: number; createdAt: string; id: string };

const int = z
  .number()
  .int()
  .min(-1)
  .max(2 ** 31 - 1);
const keySchema = z.tuple([int, int, int, z.iso.datetime({ precision: 3 }), z.uuid()]);

// The key is ASCII (numbers, a timestamp, a uuid), so btoa/atob serve in the browser and on the server.
const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

export function encodeCursor(key: TextOrderKey): string {
  return toBase64Url(JSON.stringify([key.firstPosition, key.firstSegmentId, key.firstStart, key.createdAt, key.id]));
}

/** `after` in a list query: a cursor from a previous page's `nextCursor`. */
export const cursorSchema = z
  .string()
  .max(200)
  .transform((cursor, ctx): TextOrderKey => {
    let decoded: unknown;
    try {
      decoded = JSON.parse(fromBase64Url(cursor));
    } catch {
      decoded = undefined;
    }
    const key = keySchema.safeParse(decoded);
    if (!key.success) {
      ctx.addIssue({ code: 'custom', message: 'after must be the nextCursor of an earlier page' });
      return z.NEVER;
    }
    const [firstPosition, firstSegmentId, firstStart, createdAt, id] = key.data;
    return { firstPosition, firstSegmentId, firstStart, createdAt, id };
  });
