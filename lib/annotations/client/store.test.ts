import { describe, expect, it } from 'vitest';
import {
  counterpartNotes,
  draftId,
  highlightKey,
  highlightOf,
  initialState,
  withAllHighlights,
  withHighlights,
  withNotes,
  withTagsChanged,
  type StoredHighlight,
} from '@/lib/annotations/client/store';
import type { AnnotationHighlight, RenderedAnnotation } from '@/lib/annotations/types';

const h = (id: string, language: string, spans: [string, number, number][], extra: Partial<AnnotationHighlight> = {}): AnnotationHighlight => ({
  id,
  language,
  color: 'yellow',
  visibility: 'shared',
  mine: false,
  spans: spans.map(([segmentId, start, end]) => ({ segmentId, start, end })),
  ...extra,
});

const start = () =>
  initialState({
    highlights: [
      h('a', 'en', [['s1', 0, 4]]),
      h(
        'b',
        'ko',
        [
          ['s1', 2, 5],
          ['s2', 0, 3],
        ],
        { color: 'blue' },
      ),
      h('c', 'en', [['s3', 1, 2]]),
    ],
    total: 3,
    covered: 3,
    tags: [],
    collapsed: false,
  });

describe('the reader store', () => {
  it('draws each segment’s highlights under its own key and lists every segment’s notes for the markers', () => {
    const state = start();
    expect(state.drawn.get(highlightKey('s1', 'en'))).toEqual([{ id: 'a', start: 0, end: 4, color: 'yellow', visibility: 'shared', pending: false }]);
    expect(state.drawn.get(highlightKey('s2', 'ko'))!.map((d) => d.id)).toEqual(['b']);
    expect(state.onSegment.get('s1')).toEqual([
      { id: 'a', language: 'en', text: 'en', texts: ['en'], color: 'yellow' },
      { id: 'b', language: 'ko', text: 'ko', texts: ['ko'], color: 'blue' },
    ]);
  });

  it('paints a note that compares languages in each column it quotes, and marks it only in the others', () => {
    const state = initialState({
      highlights: [
        {
          ...h('x', 'en', [['s1', 0, 4]]),
          spans: [
            { segmentId: 's1', start: 0, end: 4 },
            { segmentId: 's1', start: 1, end: 3, language: 'ja' },
          ],
        },
      ],
      total: 1,
      covered: 1,
      tags: [],
      collapsed: false,
    });
    expect(state.drawn.get(highlightKey('s1', 'en'))!.map((d) => [d.id, d.start])).toEqual([['x', 0]]);
    expect(state.drawn.get(highlightKey('s1', 'ja'))!.map((d) => [d.id, d.start])).toEqual([['x', 1]]);
    expect(state.onSegment.get('s1')).toEqual([{ id: 'x', language: 'en', text: 'en', texts: ['en', 'ja'], color: 'yellow' }]);
    expect(counterpartNotes(state.onSegment.get('s1')!, 'ja', ['en', 'ko', 'ja'])).toEqual([]);
    expect(counterpartNotes(state.onSegment.get('s1')!, 'ko', ['en', 'ko', 'ja']).map((n) => n.id)).toEqual(['x']);
  });

  it('draws the words waiting to be compared, and takes them away when the comparison ends', () => {
    const before = start();
    const comparing = { language: 'en', targets: [{ segmentId: 's2', start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' }] };
    const waiting = withHighlights(before, new Map(), before.view, comparing);
    expect(waiting.comparing).toBe(comparing);
    expect(waiting.drawn.get(highlightKey('s2', 'en'))!.map((d) => d.id)).toEqual([draftId]);
    expect(waiting.drawn.get(highlightKey('s1', 'en'))).toBe(before.drawn.get(highlightKey('s1', 'en')));
    const done = withHighlights(waiting, new Map(), waiting.view, null);
    expect(done.drawn.get(highlightKey('s2', 'en')) ?? []).toEqual([]);
  });

  it('rebuilds only the keys a change touches, so that other segments keep their arrays and do not re-render', () => {
    const before = start();
    const pending: StoredHighlight = { ...h('p', 'en', [['s3', 3, 6]]), pending: true };
    const after = withHighlights(before, new Map([['p', pending]]));
    expect(after.drawn.get(highlightKey('s3', 'en'))!.map((d) => [d.id, d.pending])).toEqual([
      ['c', false],
      ['p', true],
    ]);
    expect(after.drawn.get(highlightKey('s1', 'en'))).toBe(before.drawn.get(highlightKey('s1', 'en')));
    expect(after.drawn.get(highlightKey('s2', 'ko'))).toBe(before.drawn.get(highlightKey('s2', 'ko')));
    expect(after.onSegment.get('s1')).toBe(before.onSegment.get('s1'));
    // A highlight still saving has no marker elsewhere yet.
    expect(after.onSegment.get('s3')!.map((n) => n.id)).toEqual(['c']);
  });

  it('moves a highlight that changed segment or colour, and takes one away', () => {
    const moved = withHighlights(start(), new Map([['b', { ...h('b', 'ko', [['s2', 0, 3]], { color: 'pink' }), pending: false }]]));
    expect(moved.drawn.get(highlightKey('s1', 'ko'))).toBeUndefined();
    expect(moved.drawn.get(highlightKey('s2', 'ko'))![0]!.color).toBe('pink');
    const gone = withHighlights(moved, new Map([['a', null]]));
    expect(gone.drawn.get(highlightKey('s1', 'en'))).toBeUndefined();
    expect(gone.onSegment.get('s1')).toBeUndefined();
    expect([...gone.highlights.keys()]).toEqual(['b', 'c']);
  });

  it('marks the passage being commented on while the form is open, and not after', () => {
    const draft = { language: 'en', targets: [{ segmentId: 's1', start: 5, end: 9, exact: 'x', prefix: '', suffix: '' }] };
    const writing = withHighlights(start(), new Map(), { mode: 'new', draft });
    expect(writing.drawn.get(highlightKey('s1', 'en'))!.map((d) => [d.id, d.pending])).toEqual([
      ['a', false],
      [draftId, true],
    ]);
    const done = withHighlights(writing, new Map(), { mode: 'list' });
    expect(done.drawn.get(highlightKey('s1', 'en'))!.map((d) => d.id)).toEqual(['a']);
    expect(withHighlights(done, new Map())).toBe(done);
  });

  it('takes a new set of highlights from the server but keeps those still saving', () => {
    const saving = withHighlights(start(), new Map([['p', { ...h('p', 'en', [['s1', 6, 8]]), pending: true }]]));
    const next = withAllHighlights(saving, { highlights: [h('z', 'ja', [['s1', 0, 1]])], total: 9, covered: 9, tags: [{ tag: 't', count: 1 }] });
    expect([...next.highlights.keys()]).toEqual(['z', 'p']);
    expect(next).toMatchObject({ total: 9, covered: 9, listVersion: saving.listVersion + 1 });
    expect(next.drawn.get(highlightKey('s1', 'en'))!.map((d) => d.id)).toEqual(['p']);
  });
});

describe('highlightOf', () => {
  const note = {
    id: 'n',
    language: 'ja',
    color: 'green',
    visibility: 'private',
    author: { id: 'me', name: 'Me' },
    deleted: false,
    targets: [
      { segmentId: 's1', anchor: { status: 'anchored', start: 3, end: 7, moved: true } },
      { segmentId: 's2', anchor: { status: 'orphaned', reason: 'quote-not-found' } },
    ],
  } as unknown as RenderedAnnotation;

  it('draws the anchored spans where they are now, not the orphaned ones, and none of a deleted placeholder', () => {
    expect(highlightOf(note, 'me')).toEqual({
      id: 'n',
      language: 'ja',
      color: 'green',
      visibility: 'private',
      mine: true,
      pending: false,
      spans: [{ segmentId: 's1', start: 3, end: 7 }],
    });
    expect(highlightOf(note, null).mine).toBe(false);
    expect(highlightOf({ ...note, deleted: true }, 'me').spans).toEqual([]);
  });

  it('keeps the newest version of a note', () => {
    const state = withNotes(withNotes(start(), [note]), [{ ...note, color: 'pink' }]);
    expect(state.notes.get('n')!.color).toBe('pink');
    expect(withNotes(state, [])).toBe(state);
  });
});

describe('withTagsChanged and counterpartNotes', () => {
  it('counts tags as a note gains and loses them, most used first', () => {
    const tags = [
      { tag: 'a', count: 2 },
      { tag: 'b', count: 1 },
    ];
    expect(withTagsChanged(tags, ['b'], ['c', 'a'])).toEqual([
      { tag: 'a', count: 3 },
      { tag: 'c', count: 1 },
    ]);
  });

  it('takes the other languages’ notes on a segment, by language in the document’s order, then in text order', () => {
    const notes = [
      { id: 'ja1', language: 'ja', text: 'ja', texts: ['ja'], color: 'yellow' },
      { id: 'ko1', language: 'ko', text: 'ko', texts: ['ko'], color: 'yellow' },
      { id: 'en1', language: 'en', text: 'en', texts: ['en'], color: 'yellow' },
      { id: 'ja2', language: 'ja', text: 'ja', texts: ['ja'], color: 'blue' },
    ] as const;
    expect(counterpartNotes(notes, 'en', ['en', 'ko', 'ja']).map((n) => n.id)).toEqual(['ko1', 'ja1', 'ja2']);
    expect(counterpartNotes(notes, 'ja', ['en', 'ko', 'ja']).map((n) => n.id)).toEqual(['en1', 'ko1']);
  });

  it('marks a note made on another text of the cell’s own language, and draws it only in a column showing that text', () => {
    const notes = [
      { id: 'ja1', language: 'ja', text: 'ja', texts: ['ja'], color: 'yellow' },
      { id: 'jw1', language: 'ja', text: 'ja.working', texts: ['ja.working'], color: 'green' },
    ] as const;
    expect(counterpartNotes(notes, 'ja', ['en', 'ja']).map((n) => n.id)).toEqual(['jw1']);
    expect(counterpartNotes(notes, 'ja.working', ['en', 'ja']).map((n) => n.id)).toEqual(['ja1']);

    const state = initialState({
      highlights: [
        { id: 'w', language: 'ja', color: 'green', visibility: 'shared', mine: false, spans: [{ segmentId: 's1', start: 1, end: 3, witness: 'working' }] },
      ],
      total: 1,
      covered: 1,
      tags: [],
      collapsed: false,
    });
    expect(state.drawn.get(highlightKey('s1', 'ja'))).toBeUndefined();
    expect(state.drawn.get(highlightKey('s1', 'ja.working'))!.map((h) => [h.id, h.start, h.end])).toEqual([['w', 1, 3]]);
    expect(state.onSegment.get('s1')).toEqual([{ id: 'w', language: 'ja', text: 'ja.working', texts: ['ja.working'], color: 'green' }]);
  });

  it('paints each span of a comparison on its own language’s text, a witness’s included, and marks it elsewhere', () => {
    const state = initialState({
      highlights: [
        {
          ...h('x', 'en', [['s1', 0, 4]]),
          spans: [
            { segmentId: 's1', start: 0, end: 4 },
            { segmentId: 's1', start: 1, end: 3, language: 'ja', witness: 'working' },
          ],
        },
      ],
      total: 1,
      covered: 1,
      tags: [],
      collapsed: false,
    });
    expect(state.drawn.get(highlightKey('s1', 'en'))!.map((d) => d.id)).toEqual(['x']);
    expect(state.drawn.get(highlightKey('s1', 'ja.working'))!.map((d) => [d.id, d.start])).toEqual([['x', 1]]);
    expect(state.drawn.get(highlightKey('s1', 'ja'))).toBeUndefined();
    expect(state.onSegment.get('s1')).toEqual([{ id: 'x', language: 'en', text: 'en', texts: ['en', 'ja.working'], color: 'yellow' }]);
    expect(counterpartNotes(state.onSegment.get('s1')!, 'ja', ['en', 'ja']).map((n) => n.id)).toEqual(['x']);
    expect(counterpartNotes(state.onSegment.get('s1')!, 'ja.working', ['en', 'ja'])).toEqual([]);
    // The words waiting to be compared are drawn on the text their column shows.
    const comparing = { language: 'ja', targets: [{ segmentId: 's2', start: 0, end: 2, exact: 'ab', prefix: '', suffix: '', witness: 'working' }] };
    const waiting = withHighlights(state, new Map(), state.view, comparing);
    expect(waiting.drawn.get(highlightKey('s2', 'ja.working'))!.map((d) => d.id)).toEqual([draftId]);
  });
});
