import { describe, expect, it } from 'vitest';
import { serverNodeOptions } from '@/lib/server/node-options';
import { serveCommand } from '@/lib/server/serve-command';

describe('serveCommand', () => {
  it('serves one process through the app’s own server, never next start, which would not set the client’s address', () => {
    const argv = serveCommand({ projectRoot: '/app', port: 3000, workers: 1 });
    expect(argv).toEqual([...serverNodeOptions, '/app/scripts/serve.mjs', '--workers', '1', '--port', '3000']);
    expect(argv).not.toContain('start');
  });

  it('serves several through the same server, whose workers inherit the options', () => {
    expect(serveCommand({ projectRoot: '/app', port: 3000, workers: 2, appDir: '/floor' })).toEqual([
      ...serverNodeOptions,
      '/app/scripts/serve.mjs',
      '--dir',
      '/floor',
      '--workers',
      '2',
      '--port',
      '3000',
    ]);
  });
});
