// What a start needs to know of content/ — each document's slug and title, its languages' fields
// and its segment ids in order: exactly what content sync writes — remembered between starts
// under a fingerprint of everything loading depends on (the files in content/, the code in lib/ —
// the loader's and anything it may come to import —, the lockfile that pins its parsers, the
// Node.js version whose ICU names languages). Same
// fingerprint, same result of loading: the launcher can then skip parsing (and importing the
// Markdown parsers, most of a second) and check the database against the summary. This module
// imports nothing heavy for that reason.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { segmentHashes, type TextHashes } from '@/lib/content/segment-hash';
import { segmentTexts } from '@/lib/content/text-keys';
import type { DocumentContent, DocumentLanguage } from '@/lib/content/types';

export type ContentSummary = {
  slug: string;
  title: string;
  languages: Pick<DocumentLanguage, 'code' | 'title' | 'source' | 'status'>[];
  /** `hashes`: of the text in each language and witness (a summary remembered before they were kept has none). */
  segments: { id: string; hashes?: TextHashes }[];
};

export function summarise(documents: DocumentContent[]): ContentSummary[] {
  return documents.map((d) => ({
    slug: d.slug,
    title: d.title,
    languages: d.languages.map(({ code, title, source, status }) => ({ code, title, source, status })),
    segments: d.segments.map(({ id }) => ({ id, hashes: segmentHashes(segmentTexts(d).get(id)!) })),
  }));
}

async function filesUnder(dir: string, keep: (relative: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(keep)
    .sort();
}

/** A hash of every input of loadAllDocuments(`contentDir`), whose code is under `root`. */
export async function contentFingerprint(root = process.cwd(), contentDir = path.resolve(root, process.env.ACCORD_CONTENT_DIR || 'content')): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.version}\0`);
  const contentFolder = path.relative(root, contentDir) || '.';
  const sources: [string, string[]][] = [
    [contentFolder, await filesUnder(path.resolve(root, contentFolder), () => true)],
    ['lib', await filesUnder(path.join(root, 'lib'), (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('generated/'))],
    ['.', ['package-lock.json']],
  ];
  const files = sources.flatMap(([dir, names]) => names.map((name) => `${dir}/${name}`));
  // Read together (a few hundred small files), hashed in order.
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file)).catch(() => Buffer.from('(missing)'))));
  files.forEach((file, i) => hash.update(`${file}\0${contents[i]!.length}\0`).update(contents[i]!).update('\0'));
  return hash.digest('hex');
}

/** The summary remembered in `file` under `fingerprint`, or null (none, another fingerprint, unreadable). */
export async function rememberedSummary(file: string, fingerprint: string): Promise<ContentSummary[] | null> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { fingerprint?: unknown; documents?: ContentSummary[] };
    return saved.fingerprint === fingerprint && Array.isArray(saved.documents) ? saved.documents : null;
  } catch {
    return null;
  }
}

export async function rememberSummary(file: string, fingerprint: string, documents: ContentSummary[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ fingerprint, documents })}\n`);
}
