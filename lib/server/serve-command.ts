// How a production build is served, for the launcher (scripts/start.ts), the second e2e instance and
// the benchmarks alike: always by scripts/serve.mjs, a Next.js custom server, in one process or in
// `workers` node:cluster processes on the one port. Not `next start`: only a server of our own sees
// the socket before Next.js does, which is where the client's address is decided
// (lib/server/client-address.ts). With the server's Node.js options (lib/server/node-options.ts),
// which cluster workers inherit from their primary.
import path from 'node:path';
import { serverNodeOptions } from '@/lib/server/node-options';

type Serve = {
  projectRoot: string;
  port: string | number;
  workers: number;
  /** Another Next.js app than the project (a benchmark's floor). */ appDir?: string;
};

/** `node` arguments that serve the build on `port` in `workers` processes. */
export function serveCommand({ projectRoot, port, workers, appDir }: Serve): string[] {
  return [
    ...serverNodeOptions,
    path.join(projectRoot, 'scripts', 'serve.mjs'),
    ...(appDir ? ['--dir', appDir] : []),
    '--workers',
    String(workers),
    '--port',
    String(port),
  ];
}
