// How an imported note or reply names whose words it holds, the same in the reader, the print
// view and the Markdown export: "from Alice Kim’s notes, 1 Dec 2026".
import type { ImportedFrom } from '@/lib/annotations/types';
import { dateTimeFormat } from '@/lib/i18n/format';

/** "1 Dec 2026": fixed locale and time zone, so that server and browser write the same words. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function creditLine(from: ImportedFrom): string {
  const whose = from.creatorName ? `${from.creatorName}’s notes` : 'someone else’s notes';
  return `from ${whose}${from.created ? `, ${formatDay(from.created)}` : ''}`;
}
