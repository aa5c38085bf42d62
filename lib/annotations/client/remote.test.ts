import { describe, expect, it } from 'vitest';
import { counted, incomingSummary, withIncoming, withIncomingApplied, withRemote } from '@/lib/annotations/client/remote';
import { highlightKey, initialState } from '@/lib/annotations/client/store';
import type { RenderedAnnotation } from '@/lib/annotations/types';

const note = (id: string, extra: Partial<RenderedAnnotation> = {}) =>
  ({
    id,
    language: 'en',
    color: 'yellow',
    visibility: 'shared',
    author: { id: 'someone', name: 'Someone' },
    deleted: false,
    tags: ['place'],
    replies: [],
    targets: [{ segmentId: 's1', anchor: { status: 'anchored', start: 0, end: 4, moved: false } }],
    ...extra,
  }) as unknown as RenderedAnnotation;

const start = () =>
  initialState({
    highlights: [{ id: 'a', language: 'en', color: 'yellow', visibility: 'shared', mine: false, spans: [{ segmentId: 's2', start: 0, end: 3 }] }],
    total: 1,
    covered: 1,
    tags: [],
    collapsed: false,
  });

describe('withRemote', () => {
  it('draws and counts a note new to the page, and tells the list to reload', () => {
    const before = start();
    const next = withRemote(before, [{ id: 'n', note: note('n') }], 'me');
    expect(next.drawn.get(highlightKey('s1', 'en'))!.map((d) => d.id)).toEqual(['n']);
    expect(next).toMatchObject({ total: 2, covered: 2, listVersion: before.listVersion + 1, tags: [{ tag: 'place', count: 1 }] });
  });

  it('replaces a known note without counting it again, and takes away one that is gone', () => {
    const known = withRemote(start(), [{ id: 'n', note: note('n') }], 'me');
    const recoloured = withRemote(known, [{ id: 'n', note: note('n', { color: 'blue' }) }], 'me');
    expect(recoloured.total).toBe(2);
    expect(recoloured.drawn.get(highlightKey('s1', 'en'))![0]!.color).toBe('blue');
    const gone = withRemote(recoloured, [{ id: 'n', note: null }], 'me');
    expect(gone).toMatchObject({ total: 1, covered: 1 });
    expect(gone.notes.has('n')).toBe(false);
    expect(gone.drawn.get(highlightKey('s1', 'en'))).toBeUndefined();
  });

  it('ignores a note gone that the page never had', () => {
    const before = start();
    expect(withRemote(before, [{ id: 'x', note: null }], 'me')).toBe(before);
  });
});

describe('counted', () => {
  it('moves the drawn count with the total while everything is drawn, and only the total otherwise', () => {
    expect(counted({ total: 3, covered: 3 }, 1)).toEqual({ total: 4, covered: 4 });
    expect(counted({ total: 900, covered: 500 }, 1)).toEqual({ total: 901, covered: 500 });
    expect(counted({ total: 3, covered: 3 }, -1)).toEqual({ total: 2, covered: 2 });
  });
});

describe('held-back notes', () => {
  it('waits, counting new notes apart from changes, then applies them all at once', () => {
    const waiting = withIncoming(start(), [
      { id: 'n', note: note('n') },
      { id: 'm', note: note('m') },
      { id: 'a', note: note('a', { color: 'pink' }) },
    ]);
    expect(waiting.drawn.get(highlightKey('s1', 'en'))).toBeUndefined();
    expect(incomingSummary(waiting)).toEqual({ added: 2, changed: 1 });
    const applied = withIncomingApplied(waiting, 'me');
    expect(applied.incoming.size).toBe(0);
    expect(applied.total).toBe(3);
    expect(applied.drawn.get(highlightKey('s1', 'en'))!.map((d) => d.id)).toEqual(['a', 'n', 'm']);
  });
});
