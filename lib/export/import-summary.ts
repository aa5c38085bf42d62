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

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The plan, one line per kind of item, leaving out the kinds the file has none of. */
export function planLines(summary: ImportSummary): string[] {
  const { imported, credited, orphaned, uncertain, alreadyHere, replies, creditedReplies, repliesAlreadyHere, skippedDeleted } = summary;
  const lines: string[] = [];
  const own = imported - credited;
  if (own) lines.push(`${count(own, 'new note')} of yours.`);
  if (credited) lines.push(`${count(credited, 'note')} written by others: private to you, credited to ${credited === 1 ? 'its author' : 'their authors'}.`);
  if (orphaned) lines.push(`${count(orphaned, 'new note')} kept as ${orphaned === 1 ? 'an orphan' : 'orphans'}: the passage is no longer in the text.`);
  if (uncertain)
    lines.push(
      `${count(uncertain, 'new note')} to confirm: the passage or the words around it changed since ${uncertain === 1 ? 'it was' : 'they were'} written.`,
    );
  if (alreadyHere) lines.push(`${count(alreadyHere, 'note')} already here: not written again.`);
  if (replies) {
    const whose =
      creditedReplies === 0
        ? ''
        : creditedReplies === replies
          ? `, credited to ${replies === 1 ? 'its author' : 'their authors'}`
          : `, ${creditedReplies.toLocaleString('en')} of them credited to others`;
    lines.push(`${count(replies, 'reply', 'replies')}${whose}.`);
  }
  if (repliesAlreadyHere) lines.push(`${count(repliesAlreadyHere, 'reply', 'replies')} already here.`);
  for (const { reason, count: n } of summary.skippedReasons) lines.push(`${count(n, 'reply', 'replies')} left out: ${reason}.`);
  if (skippedDeleted) lines.push(`${count(skippedDeleted, 'deleted note')} left out (in the file only for ${skippedDeleted === 1 ? 'its' : 'their'} replies).`);
  return lines;
}

/** What the import did, in a sentence or two. */
export function doneText({ imported, replies, credited, alreadyHere }: ImportSummary): string {
  const parts = [`Imported ${count(imported, 'note')} and ${count(replies, 'reply', 'replies')}.`];
  if (credited) parts.push(`${count(credited, 'note')} by others ${credited === 1 ? 'is' : 'are'} private to you and credited.`);
  if (alreadyHere) parts.push(`${count(alreadyHere, 'note')} ${alreadyHere === 1 ? 'was' : 'were'} already here.`);
  return parts.join(' ');
}
