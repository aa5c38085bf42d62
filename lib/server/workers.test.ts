import { describe, expect, it } from 'vitest';
import { workerCount } from '@/lib/server/workers.mjs';

describe('workerCount', () => {
  it('is ACCORD_WORKERS on a database server, one when unset', () => {
    expect(workerCount({ embedded: false })).toBe(1);
    expect(workerCount({ embedded: false, requested: '' })).toBe(1);
    expect(workerCount({ embedded: false, requested: '3' })).toBe(3);
  });

  it('is always one on the embedded database, which serves one connection', () => {
    expect(workerCount({ embedded: true, requested: '4' })).toBe(1);
  });

  it('refuses a count that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '65']) expect(() => workerCount({ embedded: false, requested: bad })).toThrow(/ACCORD_WORKERS/);
  });
});
