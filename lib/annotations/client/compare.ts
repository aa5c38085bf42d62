// "Compare with…": a note that quotes one passage in two or three languages. The reader selects
// words in one column, asks to compare, and selects the words that answer them in another; the
// two selections become one draft whose spans each carry their column. Pure, so that the
// toolbar's choices are tested without a browser.
import type { Draft } from '@/lib/annotations/client/store';

/** Why this answer cannot join the words being compared, if it cannot. */
export function answerRefusal(comparing: Draft, answer: Draft): 'sameColumn' | 'alreadyQuoted' | null {
  if (answer.language === comparing.language) return 'sameColumn';
  // A third language may join; a column already answered is not answered twice.
  if (comparing.targets.some((t) => t.language === answer.language)) return 'alreadyQuoted';
  return null;
}

/** The words first selected and their answer in another column, as one draft in the first column's language. */
export function compareDraft(comparing: Draft, answer: Draft): Draft {
  return {
    language: comparing.language,
    targets: [
      ...comparing.targets.map((t) => ({ ...t, language: t.language ?? comparing.language })),
      ...answer.targets.map((t) => ({ ...t, language: answer.language })),
    ],
  };
}

/** The columns a draft quotes, its own first. */
export const draftLanguages = (draft: Draft) => [...new Set([draft.language, ...draft.targets.map((t) => t.language ?? draft.language)])];
