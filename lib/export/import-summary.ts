// What `POST /api/documents/<slug>/import` answers, preview or not (docs/api.md), and how the
// import form says it. Shared by the server, which counts, and the form, which words the counts.

export type ImportSummary = {
  /** Annotations written (or, in a preview, to be written): the importer's own and others' credited. */
  imported: number;
  replies: number;
  skippedReplies: number;
  skippedDeleted: number;
  /** True when nothing was written: the counts say what the import would do. */
  preview: boolean;
  /** Annotations not written because they are already here. */
  alreadyHere: number;
  /** Of `imported`, those someone else wrote: private to the importer, credited to their author. */
  credited: number;
  /** Of `imported`, those kept as orphans: their passage is no longer in the text. */
  orphaned: number;
  /** Of `imported`, those whose passage was found only uncertainly (its words or their context changed): kept as exported, to confirm. */
  uncertain: number;
  repliesAlreadyHere: number;
  /** Of `replies`, those someone else wrote, credited. */
  creditedReplies: number;
  /** Why replies were skipped, with how many for each reason. */
  skippedReasons: { reason: string; count: number }[];
};

/** The words of the Import messages (messages/*.json), in the interface language. */
export type ImportWords = (key: ImportWordKey, values: Record<string, string | number>) => string;
type ImportWordKey =
  | 'ownNew'
  | 'credited'
  | 'orphaned'
  | 'uncertain'
  | 'alreadyHere'
  | 'replies'
  | 'repliesAlreadyHere'
  | 'repliesLeftOut'
  | 'skippedDeleted'
  | 'done'
  | 'doneCredited'
  | 'doneAlreadyHere';

/** The plan, one line per kind of item, leaving out the kinds the file has none of. */
export function planLines(summary: ImportSummary, words: ImportWords): string[] {
  const { imported, credited, orphaned, uncertain, alreadyHere, replies, creditedReplies, repliesAlreadyHere, skippedDeleted } = summary;
  const lines: string[] = [];
  const own = imported - credited;
  if (own) lines.push(words('ownNew', { count: own }));
  if (credited) lines.push(words('credited', { count: credited }));
  if (orphaned) lines.push(words('orphaned', { count: orphaned }));
  if (uncertain) lines.push(words('uncertain', { count: uncertain }));
  if (alreadyHere) lines.push(words('alreadyHere', { count: alreadyHere }));
  if (replies) {
    const credit = creditedReplies === 0 ? 'none' : creditedReplies === replies ? 'all' : 'some';
    lines.push(words('replies', { count: replies, credit, credited: creditedReplies }));
  }
  if (repliesAlreadyHere) lines.push(words('repliesAlreadyHere', { count: repliesAlreadyHere }));
  // The reason comes from the server, in English.
  for (const { reason, count } of summary.skippedReasons) lines.push(words('repliesLeftOut', { count, reason }));
  if (skippedDeleted) lines.push(words('skippedDeleted', { count: skippedDeleted }));
  return lines;
}

/** What the import did, in a sentence or two. */
export function doneText({ imported, replies, credited, alreadyHere }: ImportSummary, words: ImportWords): string {
  const parts = [words('done', { notes: imported, replies })];
  if (credited) parts.push(words('doneCredited', { count: credited }));
  if (alreadyHere) parts.push(words('doneAlreadyHere', { count: alreadyHere }));
  // Korean and Japanese sentences end with their own full stops; a space between reads well in both.
  return parts.join(' ');
}
