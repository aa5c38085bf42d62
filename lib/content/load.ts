// Reads content/ from disk. Knows nothing of the database: the launcher syncs what it returns.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleDocument, type LanguageFile } from '@/lib/content/assemble-document';
import { parseLanguageFile } from '@/lib/content/parse-language-file';
import { ContentError, type DocumentContent } from '@/lib/content/types';

export const defaultContentDir = path.join(process.cwd(), 'content');
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const languageFile = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/;

export async function loadDocument(dir: string): Promise<DocumentContent> {
  const slug = path.basename(dir);
  const relative = path.relative(process.cwd(), dir) || dir;
  if (!slugPattern.test(slug)) throw new ContentError(relative, undefined, 'folder name must be a slug: a-z, 0-9 and single dashes');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const files: LanguageFile[] = [];
  for (const name of names) {
    const file = path.join(relative, name);
    const match = languageFile.exec(name);
    if (!match) throw new ContentError(file, undefined, 'a language file is named by its language code, such as en.md, ko.md or ja.md');
    const source = await readFile(path.join(dir, name), 'utf8');
    files.push({ ...parseLanguageFile(file, source), file, code: match[1]! });
  }
  return assembleDocument(slug, files);
}

export async function loadAllDocuments(contentDir = defaultContentDir): Promise<DocumentContent[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  return Promise.all(folders.map((name) => loadDocument(path.join(contentDir, name))));
}
