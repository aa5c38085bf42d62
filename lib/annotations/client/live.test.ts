import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '@/lib/annotations/client/api';
import { createLiveUpdates, whenNotSelecting } from '@/lib/annotations/client/live';
import { createStore } from '@/lib/annotations/client/external-store';
import { initialState, withAllHighlights } from '@/lib/annotations/client/store';

const start = () =>
  createStore(
    initialState({
      highlights: ['a', 'b'].map((id) => ({
        id,
        language: 'en',
        color: 'yellow',
        visibility: 'group',
        mine: false,
        spans: [{ segmentId: 's1', start: 0, end: 3 }],
      })),
      total: 2,
      covered: 2,
      tags: [],
      collapsed: false,
    }),
  );

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Live updates on a clock the test moves, every fetch answered "not found"; `answered()` lets what
 * was received settle, then a reload's answer come in, and says which notes that fetched again.
 */
function onClock() {
  vi.useFakeTimers();
  const clock = { now: 0 };
  const fetched = vi.spyOn(api, 'getAnnotation').mockRejectedValue(new api.ApiError('Annotation was not found.', 404));
  const live = createLiveUpdates(start(), { viewerId: 'me', isSelecting: () => false, now: () => clock.now });
  const answered = async () => {
    await vi.runAllTimersAsync();
    fetched.mockClear();
    live.reloaded();
    await vi.runAllTimersAsync();
    return fetched.mock.calls.map(([id]) => id);
  };
  return { clock, live, answered };
}

describe('createLiveUpdates', () => {
  it('takes away notes the stream says are gone without fetching each, and fetches the others', async () => {
    vi.useFakeTimers();
    const fetched = vi.spyOn(api, 'getAnnotation').mockRejectedValue(new api.ApiError('Annotation was not found.', 404));
    const store = start();
    const live = createLiveUpdates(store, { viewerId: 'me', isSelecting: () => false });
    live.receive('a', true);
    live.receive('b');
    await vi.runAllTimersAsync();
    expect(fetched.mock.calls.map(([id]) => id)).toEqual(['b']);
    expect([...store.get().highlights.keys()]).toEqual([]);
    expect(store.get().total).toBe(0);
  });

  it('fetches a note told gone and then changed again (its last word wins)', async () => {
    vi.useFakeTimers();
    const fetched = vi.spyOn(api, 'getAnnotation').mockRejectedValue(new api.ApiError('Annotation was not found.', 404));
    const live = createLiveUpdates(start(), { viewerId: 'me', isSelecting: () => false });
    live.receive('a', true);
    live.receive('a');
    await vi.runAllTimersAsync();
    expect(fetched).toHaveBeenCalledWith('a');
  });

  it('while the reader selects, takes away at once what they may no longer see, and holds back only new and changed notes', async () => {
    vi.useFakeTimers();
    const note = (id: string) => ({
      id,
      language: 'en',
      color: 'yellow',
      visibility: 'shared',
      author: { id: 'x', name: 'X' },
      targets: [],
      tags: [],
      deleted: false,
    });
    vi.spyOn(api, 'getAnnotation').mockImplementation(async (id: string) => {
      if (id === 'b') throw new api.ApiError('Annotation was not found.', 404);
      return note(id) as never;
    });
    const store = start();
    const live = createLiveUpdates(store, { viewerId: 'me', isSelecting: () => true });
    live.receive('c');
    await vi.runAllTimersAsync();
    expect([...store.get().incoming.keys()]).toEqual(['c']);
    live.receive('a', true);
    live.receive('b');
    live.receive('c', true);
    await vi.runAllTimersAsync();
    expect([...store.get().highlights.keys()]).toEqual([]);
    // "c" was waiting and is gone now: nothing is left to show behind the button.
    expect(store.get().incoming.size).toBe(0);
    live.receive('d');
    await vi.runAllTimersAsync();
    expect([...store.get().incoming.keys()]).toEqual(['d']);
  });

  it('reloads at once when the reader is not selecting, else once their selection ends', () => {
    const events = new EventTarget();
    let selecting = false;
    const run = vi.fn();
    whenNotSelecting(run, { isSelecting: () => selecting, events });
    expect(run).toHaveBeenCalledTimes(1);
    selecting = true;
    const cancel = whenNotSelecting(run, { isSelecting: () => selecting, events });
    events.dispatchEvent(new Event('selectionchange'));
    expect(run).toHaveBeenCalledTimes(1);
    selecting = false;
    events.dispatchEvent(new Event('selectionchange'));
    events.dispatchEvent(new Event('selectionchange'));
    expect(run).toHaveBeenCalledTimes(2);
    cancel();
    selecting = true;
    whenNotSelecting(run, { isSelecting: () => selecting, events })();
    selecting = false;
    events.dispatchEvent(new Event('selectionchange'));
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('after a reload, fetches again what the events named since it was asked for, and nothing older', async () => {
    const { clock, live, answered } = onClock();
    live.receive('before');
    await vi.runAllTimersAsync();
    clock.now = 1_000;
    live.reloadStarted();
    clock.now = 1_100;
    live.receive('a');
    live.receive('b', true);
    live.receive('a');
    // The reload's older notes are in: "a" is fetched once more, "b" (told gone) is taken away again without a fetch.
    expect(await answered()).toEqual(['a']);
    // A second answer, or a render nobody asked for, fetches again what the last few seconds named.
    clock.now = 5_000;
    live.receive('c');
    clock.now = 12_000;
    expect(await answered()).toEqual(['c']);
    clock.now = 30_000;
    expect(await answered()).toEqual([]);
  });

  it('replays from the first of two reloads answered as one', async () => {
    const { clock, live, answered } = onClock();
    live.reloadStarted();
    clock.now = 20_000;
    live.receive('a');
    live.reloadStarted();
    clock.now = 35_000;
    expect(await answered()).toEqual(['a']);
  });

  it('puts back, after a reload whose answer is older, a note that arrived while the reload was on its way', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const note = { id: 'c', language: 'en', color: 'yellow', visibility: 'shared', author: { id: 'x', name: 'X' }, targets: [], tags: [], deleted: false };
    vi.spyOn(api, 'getAnnotation').mockResolvedValue(note as never);
    const store = start();
    const live = createLiveUpdates(store, { viewerId: 'me', isSelecting: () => false, now: () => clock });
    live.reloadStarted();
    clock = 50;
    live.receive('c');
    await vi.runAllTimersAsync();
    expect(store.get().highlights.has('c')).toBe(true);
    // The reload answers with the notes as the server read them before "c" was made.
    store.set((s) => withAllHighlights(s, { highlights: [...start().get().highlights.values()], total: 2, covered: 2, tags: [] }));
    expect(store.get().highlights.has('c')).toBe(false);
    live.reloaded();
    await vi.runAllTimersAsync();
    expect(store.get().highlights.has('c')).toBe(true);
  });

  it('forgets a reload asked for longer ago than any reload takes', async () => {
    const { clock, live, answered } = onClock();
    live.reloadStarted();
    live.receive('a');
    clock.now = 60_000;
    expect(await answered()).toEqual([]);
  });
});
