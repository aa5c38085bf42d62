import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { announceSessionsEnded } from '@/lib/server/session-ends';

describe('session ends across the workers of one server', () => {
  it('every other worker forgets the user before the announcing worker goes on', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'lib/server/testing/session-ends-cluster.ts'], { timeout: 20_000 });
    const events = JSON.parse(stdout.trim().split('\n').at(-1)!) as string[];
    expect(events.at(-1)).toBe('resolved in worker 0');
    expect(events.slice(0, -1).sort()).toEqual(['worker 1 forgot u1', 'worker 2 forgot u1']);
  });

  it('outside a cluster there is no one to tell', async () => {
    await expect(announceSessionsEnded('u1', 2_000)).resolves.toBeUndefined();
  });
});
