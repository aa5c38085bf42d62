import type { ImportSummary } from '@/lib/export/import-summary';

/** An import's counts with nothing in them but `counts`: what tests compare answers with. */
export const importSummary = (counts: Partial<ImportSummary> = {}): ImportSummary => ({
  imported: 0,
  replies: 0,
  skippedReplies: 0,
  skippedDeleted: 0,
  preview: false,
  alreadyHere: 0,
  credited: 0,
  orphaned: 0,
  uncertain: 0,
  repliesAlreadyHere: 0,
  creditedReplies: 0,
  skippedReasons: [],
  ...counts,
});
