// How a production build is served, for the launcher (scripts/start.ts) and the benchmarks alike:
// one process is `next start` itself; several are scripts/serve.ts's node:cluster workers, each a
// Next.js custom server on the shared port. Either way with the server's Node.js options
// (lib/server/node-options.ts), which cluster workers inherit from their primary.
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
  const server =
    workers === 1
      ? [path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', ...(appDir ? [appDir] : [])]
      : ['--import', 'tsx', path.join(projectRoot, 'scripts', 'serve.ts'), ...(appDir ? ['--dir', appDir] : [])];
  return [...serverNodeOptions, ...server, '--port', String(port)];
}
