import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '@/lib/annotations/client/actions';
import { createStore, highlightKey, initialState } from '@/lib/annotations/client/store';
import type { RenderedAnnotation } from '@/lib/annotations/types';

const viewer = { id: 'me', name: 'Me' };
const draft = { language: 'ko', targets: [{ segmentId: 's1', start: 2, end: 6, exact: '평양에서', prefix: '', suffix: '' }] };
const saved = {
  id: 'n1',
  language: 'ko',
  color: 'green',
  visibility: 'private',
  author: viewer,
  deleted: false,
  tags: ['x'],
  targets: [{ segmentId: 's1', anchor: { status: 'anchored', start: 2, end: 6, moved: false } }],
  replies: [],
} as unknown as RenderedAnnotation;

function world() {
  const store = createStore(initialState({ highlights: [], total: 0, covered: 0, tags: [], collapsed: false }));
  return { store, actions: createActions(store, { slug: 'sample', viewer }) };
}
const drawn = (store: ReturnType<typeof world>['store']) => store.get().drawn.get(highlightKey('s1', 'ko')) ?? [];

afterEach(() => vi.unstubAllGlobals());
const answering = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('saveHighlight', () => {
  it('draws the highlight as saving before the server answers, then as saved, and tells the list', async () => {
    const { store, actions } = world();
    let answer!: (response: Response) => void;
    const fetch = vi.fn((_url: string, _init: RequestInit) => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const saving = actions.saveHighlight(draft, 'green');
    expect(drawn(store).map((d) => [d.color, d.pending])).toEqual([['green', true]]);
    answer(answering(201, saved));
    await saving;
    expect(drawn(store).map((d) => [d.id, d.pending])).toEqual([['n1', false]]);
    expect(store.get()).toMatchObject({ total: 1, listVersion: 1, tags: [{ tag: 'x', count: 1 }] });
    expect(store.get().notes.get('n1')).toEqual(saved);
    expect(fetch.mock.calls[0]![0]).toBe('/api/documents/sample/annotations');
    expect(JSON.parse(String(fetch.mock.calls[0]![1].body))).toMatchObject({ language: 'ko', color: 'green', visibility: 'private', targets: draft.targets });
  });

  it('takes the highlight back when the save fails, and rejects with the API’s error', async () => {
    const { store, actions } = world();
    vi.stubGlobal('fetch', async () => answering(503, { error: 'The database is not answering.' }));
    await expect(actions.saveHighlight(draft, 'pink')).rejects.toThrow('The database is not answering.');
    expect(drawn(store)).toEqual([]);
    expect(store.get()).toMatchObject({ total: 0, listVersion: 0 });
  });
});
