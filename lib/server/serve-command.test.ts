import { describe, expect, it } from 'vitest';
import { serverNodeOptions } from '@/lib/server/node-options';
import { serveCommand } from '@/lib/server/serve-command';

describe('serveCommand', () => {
  it('serves one process by next start itself, with the server’s Node.js options', () => {
    expect(serveCommand({ projectRoot: '/app', port: 3000, workers: 1 })).toEqual([
      ...serverNodeOptions,
      '/app/node_modules/next/dist/bin/next',
      'start',
      '--port',
      '3000',
    ]);
  });

  it('serves several through the cluster launcher, whose workers inherit the options', () => {
    expect(serveCommand({ projectRoot: '/app', port: 3000, workers: 2, appDir: '/floor' })).toEqual([
      ...serverNodeOptions,
      '--import',
      'tsx',
      '/app/scripts/serve.ts',
      '--dir',
      '/floor',
      '--port',
      '3000',
    ]);
  });
});
