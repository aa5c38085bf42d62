import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDatabaseErrors } from '@/lib/http';

afterEach(() => vi.restoreAllMocks());

describe('withDatabaseErrors', () => {
  it('answers 503 with Retry-After while the database is away', async () => {
    const response = await withDatabaseErrors(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    })();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject({ db: 'down' });
  });

  it('answers anything unexpected with a JSON 500 that keeps the details in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await withDatabaseErrors(async () => {
      throw new Error('secret internals at /srv/app/lib/db.ts:42');
    })();
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatch(/went wrong on our side/);
    expect(JSON.stringify(body)).not.toContain('internals');
    expect(log).toHaveBeenCalledOnce();
  });
});
