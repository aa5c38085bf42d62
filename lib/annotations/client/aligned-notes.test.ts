import { describe, expect, it } from 'vitest';
import { languagesOf, notesOnCounterparts } from '@/lib/annotations/client/aligned-notes';
import type { Annotation } from '@/lib/annotations/types';

function note(id: string, language: string, segmentIds: string[], extra: Partial<Annotation> = {}, orphaned = false): Annotation {
  return {
    id,
    documentSlug: 'd',
    language,
    color: 'yellow',
    comment: '',
    tags: [],
    visibility: 'shared',
    author: { id: 'u', name: 'U' },
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    deleted: false,
    status: orphaned ? 'orphaned' : 'anchored',
    targets: segmentIds.map((segmentId, i) => ({
      segmentId,
      segmentPosition: i,
      language,
      start: 0,
      end: 1,
      exact: 'a',
      prefix: '',
      suffix: '',
      anchor: orphaned ? { status: 'orphaned', reason: 'quote-not-found' } : { status: 'anchored', start: 0, end: 1, moved: false },
    })),
    replies: [],
    ...extra,
  };
}

describe('notesOnCounterparts', () => {
  const order = ['en', 'ko', 'ja'];
  const list = [
    note('ja1', 'ja', ['s1']),
    note('ko1', 'ko', ['s1']),
    note('en1', 'en', ['s1']),
    note('ja2', 'ja', ['s0', 's1']),
    note('ko-other', 'ko', ['s2']),
    note('ko-deleted', 'ko', ['s1'], { deleted: true }),
    note('ko-orphan', 'ko', ['s1'], {}, true),
    note('ko-saving', 'ko', ['s1']),
  ];

  it('takes the other languages’ notes on this segment, by language, then in text order', () => {
    const notes = notesOnCounterparts(list, 's1', 'en', order, new Set(['ko-saving']));
    expect(notes.map((n) => n.id)).toEqual(['ko1', 'ja1', 'ja2']);
    expect(languagesOf(notes)).toEqual(['ko', 'ja']);
  });

  it('leaves out the cell’s own language and other segments', () => {
    expect(notesOnCounterparts(list, 's1', 'ja', order, new Set(['ko-saving'])).map((n) => n.id)).toEqual(['en1', 'ko1']);
    expect(notesOnCounterparts(list, 's3', 'en', order)).toEqual([]);
  });
});
