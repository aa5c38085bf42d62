import { describe, expect, it, vi } from 'vitest';
import { createStore } from '@/lib/annotations/client/external-store';

describe('createStore', () => {
  it('tells its subscribers of a change, and of nothing that changed nothing', () => {
    const store = createStore({ n: 1 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set((s) => s);
    expect(listener).not.toHaveBeenCalled();
    store.set((s) => ({ n: s.n + 1 }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ n: 2 });
    unsubscribe();
    store.set(() => ({ n: 5 }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
