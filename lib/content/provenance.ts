import { statusLabel, type LanguageStatus } from '@/lib/content/types';

/**
 * The note shown under a column's status badge. Notes often begin by restating the status
 * ("Working translation from the English, not the authentic text. …"); the badge already says
 * that, so the repeat is dropped and only what the note adds is kept.
 */
export function noteBesideStatus(note: string | undefined, status: LanguageStatus): string | undefined {
  if (!note) return undefined;
  const label = statusLabel(status).toLowerCase();
  const trimmed = note.trim();
  if (!trimmed.toLowerCase().startsWith(label)) return trimmed;
  const rest = trimmed.slice(label.length).replace(/^[\s.;:,—–-]+/, '');
  return rest || undefined;
}
