import { describe, expect, it } from 'vitest';
import { doneText, planLines, type ImportSummary } from '@/lib/export/import-summary';
import { importSummary } from '@/lib/export/testing/import-summary';
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'Import' });
const words = (key: Parameters<typeof english>[0], values: Record<string, string | number>) => english(key, values);

const empty: ImportSummary = importSummary({ preview: true });

describe('planLines', () => {
  it('says what is new, credited, orphaned, already here and left out, and why', () => {
    expect(
      planLines(
        {
          ...empty,
          imported: 3,
          credited: 1,
          orphaned: 1,
          uncertain: 1,
          alreadyHere: 4,
          replies: 2,
          creditedReplies: 2,
          repliesAlreadyHere: 1,
          skippedReplies: 1,
          skippedReasons: [{ reason: 'replies to a deleted note, which is not imported', count: 1 }],
          skippedDeleted: 1,
        },
        words,
      ),
    ).toEqual([
      '2 new notes of yours.',
      '1 note written by others: private to you, credited to its author.',
      '1 new note kept as an orphan: the passage is no longer in the text.',
      '1 new note to confirm: the passage or the words around it changed since it was written.',
      '4 notes already here: not written again.',
      '2 replies, credited to their authors.',
      '1 reply already here.',
      '1 reply left out: replies to a deleted note, which is not imported.',
      '1 deleted note left out (in the file only for its replies).',
    ]);
  });

  it('says how many replies are credited when only some are', () => {
    expect(planLines({ ...empty, imported: 1, replies: 3, creditedReplies: 1 }, words)).toEqual([
      '1 new note of yours.',
      '3 replies, 1 of them credited to others.',
    ]);
  });

  it('says nothing of kinds the file has none of', () => {
    expect(planLines({ ...empty, alreadyHere: 4 }, words)).toEqual(['4 notes already here: not written again.']);
  });
});

describe('doneText', () => {
  it('names what was written and what was already here', () => {
    expect(doneText({ ...empty, preview: false, imported: 2, replies: 1, credited: 2, alreadyHere: 1 }, words)).toBe(
      'Imported 2 notes and 1 reply. 2 notes by others are private to you and credited. 1 note was already here.',
    );
  });
});

describe('the import plan in Korean', () => {
  it('counts in Korean', () => {
    const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'Import' });
    const lines = planLines({ ...empty, imported: 1, replies: 3, creditedReplies: 1 }, (key, values) => korean(key, values));
    expect(lines).toEqual(['내가 쓴 새 메모 1개.', '답글 3개, 그중 1개는 다른 사람 이름으로 표시됨.']);
  });
});
