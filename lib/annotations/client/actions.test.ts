import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '@/lib/annotations/client/actions';
import { compareDraft } from '@/lib/annotations/client/compare';
import { createStore } from '@/lib/annotations/client/external-store';
import { highlightKey, initialState } from '@/lib/annotations/client/store';
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

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
const answering = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('a comparison', () => {
  it('draws the waiting words, then saves both selections as one note, each span with its column, the waiting ended', async () => {
    const { store, actions } = world();
    vi.stubGlobal('setTimeout', () => 0);
    actions.startCompare(draft);
    expect(store.get().comparing).toBe(draft);
    expect(drawn(store).map((d) => d.pending)).toEqual([true]);
    const fetch = vi.fn(async () => answering(201, saved));
    vi.stubGlobal('fetch', fetch);
    const answer = { language: 'ja', targets: [{ segmentId: 's1', start: 0, end: 2, exact: '平壌', prefix: '', suffix: '' }] };
    await actions.saveHighlight(compareDraft(draft, answer), 'green');
    expect(JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body)).targets.map((t: { language: string }) => t.language)).toEqual([
      'ko',
      'ja',
    ]);
    expect(store.get().comparing).toBeNull();
  });

  it('ends without a note on cancel, giving back what had focus', () => {
    const { store, actions } = world();
    vi.stubGlobal('setTimeout', () => 0);
    const from = { isConnected: true } as HTMLElement;
    actions.startCompare(draft, from);
    expect(actions.cancelCompare()).toBe(from);
    expect(store.get().comparing).toBeNull();
    expect(drawn(store)).toEqual([]);
    expect(actions.cancelCompare()).toBeNull();
  });
});

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
    vi.stubGlobal('fetch', async () => answering(400, { error: 'The request is not valid.' }));
    await expect(actions.saveHighlight(draft, 'pink')).rejects.toThrow('The request is not valid.');
    expect(drawn(store)).toEqual([]);
    expect(store.get()).toMatchObject({ total: 0, listVersion: 0 });
  });

  it('retries a save on 503 and on a lost connection with the same id, so that the server writes it once', async () => {
    vi.useFakeTimers();
    const { store, actions } = world();
    const answers = [() => answering(503, { error: 'The database is not answering.' }), () => Promise.reject(new TypeError('fetch failed'))];
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => (answers.shift() ?? (() => answering(201, saved)))());
    vi.stubGlobal('fetch', fetch);
    const saving = actions.saveHighlight(draft, 'green');
    await vi.runAllTimersAsync();
    expect(await saving).toEqual(saved);
    const ids = fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)).id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(drawn(store).map((d) => [d.id, d.pending])).toEqual([['n1', false]]);
  });

  it('gives up after about eight seconds of 503s, takes the highlight back, and reuses the id when the reader saves the same again', async () => {
    vi.useFakeTimers();
    const { store, actions } = world();
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => answering(503, { error: 'The database is not answering.' }));
    vi.stubGlobal('fetch', fetch);
    const saving = expect(actions.saveHighlight(draft, 'pink')).rejects.toThrow('The database is not answering.');
    await vi.runAllTimersAsync();
    await saving;
    expect(fetch.mock.calls.length).toBe(6);
    expect(drawn(store)).toEqual([]);
    fetch.mockImplementation(async () => answering(201, saved));
    await actions.saveHighlight(draft, 'pink');
    expect(new Set(fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)).id)).size).toBe(1);
    // Once saved, the same selection saved again is a new highlight with an id of its own.
    await actions.saveHighlight(draft, 'pink');
    expect(new Set(fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)).id)).size).toBe(2);
  });
});
