// The floors the app is measured against, built and served in the same run: a bare Next.js app
// whose page renders the same text of the document's segments in three columns, with system fonts
// and no client components (for bench/page.ts; /glyphs draws it in the reader's faces), and whose one route handler, POST /api/echo, reads
// a small JSON body and answers a small JSON object with 201 and no database (for bench/create.ts:
// what Next's own request pipeline costs on this machine). It lives in bench/out/ (ignored by git) so that it resolves the
// project's node_modules by walking up, without a package.json of its own.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllDocuments } from '@/lib/content/load';
import { serveCommand } from '@/lib/server/serve-command';
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

// The same page drawn in the reader's own faces (app/fonts/faces.ts: the same six files, preloaded,
// font-display: fallback). This machine has no Korean or Japanese system font, so the bare page
// draws those columns as empty boxes and loads no font at all; this one shows what drawing the real
// glyphs costs a page that does nothing else.
const face = (files: [string, string][], variable: string) =>
  `localFont({ src: [${files.map(([file, weight]) => `{ path: ${JSON.stringify(file)}, weight: '${weight}', style: 'normal' }`).join(', ')}], variable: '${variable}', display: 'fallback', adjustFontFallback: false })`;
const fromPage = (file: string) => path.relative(path.join(dir, 'app', 'glyphs'), path.resolve(file));
const glyphsPage = `import localFont from 'next/font/local';
import document from '../document.json';
const latin = ${face(
  [
    [fromPage('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'), '400'],
    [fromPage('node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2'), '600'],
  ],
  '--latin',
)};
const kr = ${face(
  [
    [fromPage('app/fonts/subset/noto-sans-kr-400.woff2'), '400'],
    [fromPage('app/fonts/subset/noto-sans-kr-600.woff2'), '600'],
  ],
  '--kr',
)};
const jp = ${face(
  [
    [fromPage('app/fonts/subset/noto-sans-jp-400.woff2'), '400'],
    [fromPage('app/fonts/subset/noto-sans-jp-600.woff2'), '600'],
  ],
  '--jp',
)};
const stacks = { en: 'var(--latin), sans-serif', ko: 'var(--kr), var(--latin), sans-serif', ja: 'var(--jp), var(--latin), sans-serif' };
export default function Page() {
  return (
    <main className={[latin.variable, kr.variable, jp.variable].join(' ')} style={{ maxWidth: 1400, margin: '0 auto', padding: '1rem', fontFamily: stacks.en }}>
      <h1 style={{ fontWeight: 600 }}>{document.title}</h1>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(' + document.languages.length + ', 1fr)', gap: '1.5rem' }}>
        {document.segments.map((segment) =>
          document.languages.map((code) => (
            <p key={segment.id + code} lang={code} style={{ margin: 0, fontFamily: stacks[code] }}>{segment.texts[code] ?? ''}</p>
          )),
        )}
      </div>
    </main>
  );
}
`;
export const floorGlyphsPath = 'glyphs';

// As little as a JSON route can do: parse the body, answer an object of about a create's size.
const echoRoute = `export async function POST(request) {
  const body = await request.json();
  return Response.json({ id: crypto.randomUUID(), received: body, createdAt: new Date().toISOString() }, { status: 201 });
}
`;

export const floorEchoPath = '/api/echo';

export type Floor = { url: string; pid: number; stop(): Promise<void> };

/** Writes and builds the floor app, once per `npm run bench` (as ensureBuild does the app's). */
async function ensureFloorBuild(slug: string, env: NodeJS.ProcessEnv): Promise<void> {
  const marker = path.join(dir, '.next', 'bench-run');
  const run = process.env.ACCORD_BENCH_RUN;
  const built = existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(path.join(dir, 'app', 'glyphs', 'page.jsx'));
  if (built && process.env.ACCORD_BENCH_NO_BUILD === '1') return;
  if (built && run && existsSync(marker) && readFileSync(marker, 'utf8') === run) return;
  const document = (await loadAllDocuments()).find((d) => d.slug === slug)!;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'app', 'api', 'echo'), { recursive: true });
  await mkdir(path.join(dir, 'app', 'glyphs'), { recursive: true });
  const data = { title: document.title, languages: document.languages.map((l) => l.code), segments: document.segments.map(({ id, texts }) => ({ id, texts })) };
  await writeFile(path.join(dir, 'app', 'document.json'), JSON.stringify(data));
  await writeFile(path.join(dir, 'app', 'layout.jsx'), layout);
  await writeFile(path.join(dir, 'app', 'page.jsx'), page);
  await writeFile(path.join(dir, 'app', 'glyphs', 'page.jsx'), glyphsPage);
  await writeFile(path.join(dir, 'app', 'api', 'echo', 'route.js'), echoRoute);
  await writeFile(path.join(dir, 'next.config.mjs'), `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`);
  const began = performance.now();
  await runToEnd(process.execPath, [nextBin, 'build', dir], env);
  if (run) writeFileSync(marker, run);
  console.log(`floor app build: ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

/**
 * Builds (when needed) and starts the floor app for `slug` on `port`, served as the app is
 * (lib/server/serve-command.ts): by `next start`, or in `processes` processes.
 */
export async function startFloor(slug: string, port: number, processes?: number): Promise<Floor> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.ACCORD_DIST_DIR;
  await ensureFloorBuild(slug, env);
  const argv = serveCommand({ projectRoot: process.cwd(), appDir: dir, port, workers: processes ?? 1 });
  if (processes) env.ACCORD_WORKERS = String(processes);
  const child = spawn(process.execPath, argv, { env, stdio: ['ignore', process.stderr, process.stderr] });
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://localhost:${port}/`;
  try {
    await waitForOk(url, 30_000, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}
