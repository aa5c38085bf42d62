// The reader's own words for its reading modes, in one place until they move into the interface's
// message files.
import type { LanguageStatus } from '@/lib/content';
import type { ReadingMode } from '@/lib/reader/reading-mode';

export const modeNames: Record<ReadingMode, string> = {
  columns: 'Columns',
  interleaved: 'Interleaved',
  single: 'One language',
};

export const readerWords = {
  readingMode: 'Reading mode',
  readIn: 'Read in',
  /** Before the names of a passage's other languages, in the one-language mode. */
  otherLanguages: 'In ',
};

/**
 * A column's status in a word or two, for its badge; the badge opens the whole statement
 * (statusLabel: "Working translation from the English, not the authentic text"), source and note.
 */
export const statusBadges: Record<LanguageStatus, string> = {
  authentic: 'Authentic text',
  'official-translation': 'Official translation',
  'working-translation': 'Working translation',
  article: 'Background article',
};
