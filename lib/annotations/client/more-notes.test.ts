import { describe, expect, it } from 'vitest';
import { afterPage, nextPage, pageLimit, pageOverlap, withPage } from '@/lib/annotations/client/more-notes';
import type { Annotation } from '@/lib/annotations/types';

function note(id: string, segmentPosition: number, comment = ''): Annotation {
  return {
    id,
    documentSlug: 'd',
    language: 'en',
    color: 'yellow',
    comment,
    tags: [],
    visibility: 'shared',
    author: { id: 'u', name: 'U' },
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    deleted: false,
    status: 'anchored',
    targets: [
      {
        segmentId: `s${segmentPosition}`,
        segmentPosition,
        language: 'en',
        start: 0,
        end: 1,
        exact: 'a',
        prefix: '',
        suffix: '',
        anchor: { status: 'anchored', start: 0, end: 1, moved: false },
      },
    ],
    replies: [],
  };
}

describe('loading more notes', () => {
  it('asks for nothing once everything is loaded', () => {
    expect(nextPage({ loaded: 1000, total: 1000 })).toBeNull();
    expect(nextPage({ loaded: 3, total: 2 })).toBeNull();
  });

  it('asks for a full page starting a little before the end of what is loaded', () => {
    expect(nextPage({ loaded: 1000, total: 1600 })).toEqual({ offset: 1000 - pageOverlap, limit: pageLimit });
    expect(nextPage({ loaded: 10, total: 20 })).toEqual({ offset: 0, limit: pageLimit });
  });

  it('follows the total the server gives, and stops at a short page', () => {
    expect(afterPage({ offset: 975, items: new Array(pageLimit).fill(0), total: 2000 })).toEqual({ loaded: 1475, total: 2000 });
    expect(afterPage({ offset: 975, items: new Array(30).fill(0), total: 1100 })).toEqual({ loaded: 1005, total: 1005 });
    expect(afterPage({ offset: 1475, items: [], total: 1475 })).toEqual({ loaded: 1475, total: 1475 });
  });

  it('adds only notes not already held, keeps the held version, and keeps text order', () => {
    const current = [note('a', 1, 'edited here'), note('c', 3)];
    const { annotations, added } = withPage(current, [note('a', 1, 'older'), note('b', 2), note('d', 4)]);
    expect(annotations.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(annotations[0]!.comment).toBe('edited here');
    expect(added.map((a) => a.id)).toEqual(['b', 'd']);
  });
});
