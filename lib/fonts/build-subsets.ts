// Cuts the Korean and Japanese faces down to the characters content/ and the interface need (lib/fonts/charsets.ts),
// so that the first screen needs four small files, preloaded, instead of ~70 unicode-range slices.
// The output is committed (a clean clone builds without running this) and rebuilt before every
// `next build`; it is rewritten only when the characters or the options change.
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { DocumentContent } from '@/lib/content';
import { subsetCharacters, subsetFaces, type Run } from '@/lib/fonts/charsets';

export const subsetDir = path.join(process.cwd(), 'app', 'fonts', 'subset');
const manifestFile = 'manifest.json';

/** Horizontal text only: vertical forms and the many alternates of other features would double the files. */
export const keptFeatures = ['ccmp', 'locl', 'kern', 'liga', 'calt', 'mark', 'mkmk', 'palt', 'halt'];

export type SubsetManifest = { features: string[]; faces: Record<string, { source: string; characters: string }> };

export async function readSubsetManifest(dir = subsetDir): Promise<SubsetManifest | undefined> {
  const text = await readFile(path.join(dir, manifestFile), 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as SubsetManifest) : undefined;
}

/** Writes the faces whose characters changed; returns their names. */
/** The app's own source (labels, CSS content), read for the symbols it shows beside English text. */
export async function readInterfaceText(root = process.cwd()): Promise<string> {
  const files: string[] = [];
  for (const folder of ['app', 'components']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true })) {
      if (/\.(tsx|css)$/.test(entry) && !/\.test\./.test(entry)) files.push(path.join(root, folder, entry));
    }
  }
  return (await Promise.all(files.sort().map((file) => readFile(file, 'utf8')))).join('\n');
}

/** The interface's messages in the languages the subsets are cut for, as runs of text with their language. */
export async function readInterfaceMessages(root = process.cwd()): Promise<Run[]> {
  const langs = [...new Set(subsetFaces.map((face) => face.lang))].sort();
  return Promise.all(langs.map(async (lang) => ({ lang, text: messageText(JSON.parse(await readFile(path.join(root, 'messages', `${lang}.json`), 'utf8'))) })));
}

function messageText(tree: unknown): string {
  if (typeof tree === 'string') return tree;
  return tree && typeof tree === 'object' ? Object.values(tree).map(messageText).join('\n') : '';
}

export async function buildFontSubsets(documents: DocumentContent[], interfaceText: string, interfaceMessages: Run[], dir = subsetDir): Promise<string[]> {
  const characters = subsetCharacters(documents, interfaceText, interfaceMessages);
  const previous = await readSubsetManifest(dir);
  const sameFeatures = previous?.features.join() === keptFeatures.join();
  const require = createRequire(import.meta.url);
  const manifest: SubsetManifest = { features: keptFeatures, faces: {} };
  const written: string[] = [];
  await mkdir(dir, { recursive: true });
  for (const face of subsetFaces) {
    const chars = characters[face.name] ?? '';
    manifest.faces[face.name] = { source: face.source, characters: chars };
    const file = path.join(dir, `${face.name}.woff2`);
    const exists = await readFile(file).then(
      () => true,
      () => false,
    );
    if (exists && sameFeatures && previous?.faces[face.name]?.characters === chars && previous.faces[face.name]?.source === face.source) continue;
    const font = await readFile(require.resolve(face.source));
    await writeFile(file, await subsetFont(font, chars, { targetFormat: 'woff2', keepFeatures: keptFeatures }));
    written.push(face.name);
  }
  await writeFile(path.join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return written;
}
