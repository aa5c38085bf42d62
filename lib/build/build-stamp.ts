// Whether the production build in a dist dir was made from the project as it is now, so that
// `npm start` runs `next build` (a minute on a small machine) only when something that goes into
// the build changed. The stamp is a hash of every build input (see isBuildInput), written into
// the dist dir after a build succeeds; a dist dir without it, or with another, is rebuilt.
import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const stampFileName = 'accord-build-stamp.json';

// Top-level folders that never reach the build. content/ is read from disk at run time (the pages
// are all dynamic and lib/content reads it with turbopackIgnore), so editing a text needs a restart,
// not a build. prisma/ reaches it only through the client generated into lib/generated, hashed there.
const outsideTheBuild = new Set(['content', 'e2e', 'bench', 'scripts', 'docs', 'prisma', 'node_modules', 'test-results', 'playwright-report', 'coverage']);

// Files at the top that configure tools other than Next.js, or that the build itself writes.
const topLevelNonInputs = /^(?:(?:vitest|playwright|prisma)\.config\.[cm]?[jt]s|next-env\.d\.ts)$/;

/**
 * True when the file at `relativePath` (from the project root, `/`-separated) can change what
 * `next build` produces. Dependencies count through package-lock.json (node_modules itself is
 * too big to hash, and npm makes it from the lockfile). Dot files and folders are editor, VCS,
 * data (.data) and build output (.next*), except the ones Next.js reads at build time (.env*, .babelrc,
 * .swcrc, .browserslistrc).
 * Tests and Markdown never reach a bundle.
 */
export function isBuildInput(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts.at(-1)!;
  if (parts.length === 1) {
    // Dot files Next.js reads when it builds: environment, and compiler and target settings.
    if (/^\.(?:env(?:\.[\w.-]+)?|babelrc(?:\.[\w]+)?|swcrc|browserslistrc)$/.test(name)) return true;
    if (topLevelNonInputs.test(name)) return false;
  } else if (outsideTheBuild.has(parts[0]!)) {
    return false;
  }
  if (parts.some((part) => part.startsWith('.'))) return false;
  if (/\.(?:test|spec)\.[cm]?[jt]sx?$/.test(name) || /\.md$/i.test(name) || /\.(?:tsbuildinfo|log)$/.test(name)) return false;
  return true;
}

/** Every build input under `root`, sorted, as `/`-separated relative paths; `skip` names folders to leave out. */
export async function buildInputs(root: string, skip: string[] = []): Promise<string[]> {
  const skipped = new Set(skip.map((dir) => path.resolve(root, dir)));
  const found: string[] = [];
  async function walk(dir: string, prefix: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Not entered: dot folders, the folders outside the build, and the dist and data dirs wherever they are.
        if (entry.name.startsWith('.') || (prefix === '' && outsideTheBuild.has(entry.name)) || skipped.has(full)) continue;
        await walk(full, relative);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isBuildInput(relative)) {
        found.push(relative);
      }
    }
  }
  await walk(root, '');
  return found.sort();
}

/** package.json's `scripts` run commands and never reach the build: editing one must not cost a build. */
function withoutScripts(content: Buffer | string): Buffer | string {
  try {
    const manifest = JSON.parse(content.toString()) as Record<string, unknown>;
    delete manifest.scripts;
    return JSON.stringify(manifest);
  } catch {
    return content;
  }
}

/** Each build input's SHA-256, by relative path (a symbolic link that leads to no file: its target). */
export async function hashBuildInputs(root: string, skip: string[] = []): Promise<Map<string, string>> {
  const files = await buildInputs(root, skip);
  const digests: string[] = [];
  // A few dozen reads at a time: one after the other, the waits add up to most of the time.
  for (let i = 0; i < files.length; i += 32) {
    const slice = files.slice(i, i + 32);
    digests.push(
      ...(await Promise.all(
        slice.map(async (file) => {
          const full = path.join(root, file);
          const content = (await stat(full).catch(() => null))?.isFile() ? await readFile(full) : `-> ${await readlink(full).catch(() => '')}`;
          return createHash('sha256')
            .update(file === 'package.json' ? withoutScripts(content) : content)
            .digest('hex');
        }),
      )),
    );
  }
  return new Map(files.map((file, i) => [file, digests[i]!]));
}

/**
 * The stamp of a build: its inputs' hashes, the NEXT_PUBLIC_ variables (inlined into the client
 * bundles) and the Node.js version (another runtime may build differently).
 */
export function buildStamp(inputs: Map<string, string>, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  for (const [file, digest] of [...inputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${file}\0${digest}\n`);
  for (const key of Object.keys(env)
    .filter((k) => k.startsWith('NEXT_PUBLIC_'))
    .sort())
    hash.update(`env ${key}=${env[key]}\n`);
  hash.update(`node ${process.version}`);
  return hash.digest('hex');
}

/** The inputs that differ between two hashings (added, removed or changed). */
export function changedInputs(before: Map<string, string>, after: Map<string, string>): string[] {
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files].filter((file) => before.get(file) !== after.get(file)).sort();
}

/**
 * The stamp to record after a build, or null when the sources changed while it ran (the next start
 * builds again). next build itself adds its dist dir's types to tsconfig.json's `include`, which
 * changes type checking only, so that one change is taken as part of the build.
 */
export function stampAfterBuild(before: Map<string, string>, after: Map<string, string>, env: Record<string, string | undefined> = process.env): string | null {
  const changed = changedInputs(before, after);
  return changed.every((file) => file === 'tsconfig.json') ? buildStamp(after, env) : null;
}

export type SavedStamp = { stamp: string; inputs: Map<string, string> };

/** The stamp the build in `distDir` was made from, with its inputs' hashes, or null if it has none or is incomplete. */
export async function readBuildStamp(distDir: string): Promise<SavedStamp | null> {
  // next build writes BUILD_ID last: without it there is no build to start.
  const buildId = await readFile(path.join(distDir, 'BUILD_ID'), 'utf8').catch(() => '');
  if (!buildId.trim()) return null;
  const saved = await readFile(path.join(distDir, stampFileName), 'utf8').catch(() => '');
  try {
    const parsed = JSON.parse(saved) as { stamp?: unknown; buildId?: unknown; inputs?: Record<string, string> };
    // A `next build` run by hand after ours leaves our stamp beside another build: not ours, so unknown.
    if (typeof parsed.stamp !== 'string' || parsed.buildId !== buildId.trim()) return null;
    return { stamp: parsed.stamp, inputs: new Map(Object.entries(parsed.inputs ?? {})) };
  } catch {
    return null;
  }
}

/** Forgets the stamp before a build, so that a build that fails half-way is never taken as current. */
export async function clearBuildStamp(distDir: string): Promise<void> {
  await rm(path.join(distDir, stampFileName), { force: true });
}

/** Records that the build now in `distDir` was made from `stamp`; the inputs' hashes say later which files changed. */
export async function writeBuildStamp(distDir: string, stamp: string, inputs: Map<string, string>): Promise<void> {
  const buildId = (await readFile(path.join(distDir, 'BUILD_ID'), 'utf8')).trim();
  const record = { stamp, buildId, builtAt: new Date().toISOString(), inputs: Object.fromEntries(inputs) };
  await writeFile(path.join(distDir, stampFileName), `${JSON.stringify(record, null, 1)}\n`);
}
