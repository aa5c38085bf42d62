// A short fingerprint of a segment's text in each language, which content sync stores
// (Segment.textHashes) and compares: when it differs, the segment's notes in that language are
// re-anchored once (lib/db/reanchor.ts). Texts are NFC already (the loader makes them so).
import { createHash } from 'node:crypto';

export type TextHashes = Record<string, string>;

export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);

export function segmentHashes(texts: Record<string, string>): TextHashes {
  return Object.fromEntries(
    Object.entries(texts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, text]) => [language, textHash(text)]),
  );
}

/** Same languages, same hashes; `stored` is what the database holds (any JSON). */
export function sameHashes(stored: unknown, wanted: TextHashes): boolean {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
  const entries = Object.entries(stored as Record<string, unknown>);
  return entries.length === Object.keys(wanted).length && entries.every(([language, hash]) => wanted[language] === hash);
}
