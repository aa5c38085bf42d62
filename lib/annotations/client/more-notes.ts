// Drawing the highlights of the rest of a document's notes, a page of the list API at a time, when
// the document has more than the reader page brought with it.

/** The list API's largest page (docs/api.md). */
export const pageLimit = 500;
/**
 * Each page starts this many notes before the end of the last one, so that notes deleted in the
 * meantime (which move the rest forward) do not make the next page skip any; repeats are dropped.
 */
export const pageOverlap = 25;

/** What the page holds of the server's list: how far into it, and how long it is. */
export type ListProgress = { loaded: number; total: number };

/** The next page to ask for, or null when everything is loaded. */
export function nextPage({ loaded, total }: ListProgress): { offset: number; limit: number } | null {
  if (loaded >= total) return null;
  return { offset: Math.max(0, loaded - pageOverlap), limit: pageLimit };
}

/** Where the list stands after a page came back: its length may have changed meanwhile. */
export function afterPage(page: { offset: number; items: unknown[]; total: number }): ListProgress {
  const loaded = page.offset + page.items.length;
  // A short page is the end of the list, whatever the total said a moment earlier.
  return { loaded, total: page.items.length < pageLimit ? loaded : Math.max(page.total, loaded) };
}
