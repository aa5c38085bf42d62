// The floor the reader page is measured against: a bare Next.js app that renders the same text of
// the document's segments in three columns, with system fonts and no client components, built and
// served in the same run. It lives in bench/out/ (ignored by git) so that it resolves the
// project's node_modules by walking up, without a package.json of its own.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllDocuments } from '@/lib/content/load';
import { nextBin, runToEnd, stopChild, waitForOk } from './app-server';

const dir = path.resolve('bench/out/floor-app');

const layout = `export const metadata = { title: 'Floor' };
export default function Layout({ children }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', lineHeight: 1.6 }}>{children}</body>
    </html>
  );
}
`;

const page = `import document from './document.json';
export default function Page() {
  return (
    <main style={{ maxWidth: 1400, margin: '0 auto', padding: '1rem' }}>
      <h1>{document.title}</h1>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(' + document.languages.length + ', 1fr)', gap: '1.5rem' }}>
        {document.segments.map((segment) =>
          document.languages.map((code) => (
            <p key={segment.id + code} lang={code} style={{ margin: 0 }}>{segment.texts[code] ?? ''}</p>
          )),
        )}
      </div>
    </main>
  );
}
`;

export type Floor = { url: string; stop(): Promise<void> };

/** Writes, builds and starts the floor app for `slug` on `port`. */
export async function startFloor(slug: string, port: number): Promise<Floor> {
  const document = (await loadAllDocuments()).find((d) => d.slug === slug)!;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'app'), { recursive: true });
  const data = { title: document.title, languages: document.languages.map((l) => l.code), segments: document.segments.map(({ id, texts }) => ({ id, texts })) };
  await writeFile(path.join(dir, 'app', 'document.json'), JSON.stringify(data));
  await writeFile(path.join(dir, 'app', 'layout.jsx'), layout);
  await writeFile(path.join(dir, 'app', 'page.jsx'), page);
  await writeFile(path.join(dir, 'next.config.mjs'), `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.ACCORD_DIST_DIR;
  const began = performance.now();
  await runToEnd(process.execPath, [nextBin, 'build', dir], env);
  console.log(`floor app build: ${((performance.now() - began) / 1000).toFixed(0)} s`);
  const child = spawn(process.execPath, [nextBin, 'start', dir, '--port', String(port)], { env, stdio: ['ignore', process.stderr, process.stderr] });
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://localhost:${port}/`;
  try {
    await waitForOk(url, 30_000, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, stop: () => stopChild(child) };
}
