import { describe, expect, it } from 'vitest';
import { workerCount } from '@/lib/server/workers';

describe('workerCount', () => {
  it('is one per core on a database server unless ACCORD_WORKERS says otherwise', () => {
    expect(workerCount({ embedded: false, cores: 4 })).toBe(4);
    expect(workerCount({ embedded: false, requested: '', cores: 2 })).toBe(2);
    expect(workerCount({ embedded: false, requested: '3', cores: 2 })).toBe(3);
  });

  it('is always one on the embedded database, which serves one connection', () => {
    expect(workerCount({ embedded: true, cores: 8 })).toBe(1);
    expect(workerCount({ embedded: true, requested: '4', cores: 8 })).toBe(1);
  });

  it('refuses a count that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '65']) expect(() => workerCount({ embedded: false, requested: bad, cores: 2 })).toThrow(/ACCORD_WORKERS/);
  });
});
