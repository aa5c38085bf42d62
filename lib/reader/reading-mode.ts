// How the reader lays the languages out, kept in the address (`?mode=`) so that a shared link
// opens the same view: side by side (the default), one under another passage by passage, or one
// language with the others on demand under each passage.

export const readingModes = ['columns', 'interleaved', 'single'] as const;
export type ReadingMode = (typeof readingModes)[number];
export const defaultReadingMode: ReadingMode = 'columns';

/** A `mode` search parameter as a mode; anything unknown reads as the default, never an error. */
export function parseReadingMode(raw: string | string[] | undefined | null): ReadingMode {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return readingModes.find((mode) => mode === value) ?? defaultReadingMode;
}

/** `&mode=…` for an address, or nothing for the default, so that today's links stay as they are. */
export function modeQuery(mode: ReadingMode): string {
  return mode === defaultReadingMode ? '' : `&mode=${mode}`;
}

/** Which languages the text shows in full: one in the single-language mode, where the others are counterparts. */
export function shownInFull<T>(mode: ReadingMode, columns: readonly T[]): { full: T[]; counterparts: T[] } {
  return mode === 'single' ? { full: columns.slice(0, 1), counterparts: columns.slice(1) } : { full: [...columns], counterparts: [] };
}
