// Reads content/ from disk. Knows nothing of the database: the launcher syncs what it returns.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { alignmentFileName, readAlignment } from '@/lib/content/alignment';
import { assembleDocument, type LanguageFile } from '@/lib/content/assemble-document';
import { defaultContentDir, documentFolders, shown } from '@/lib/content/document-folders';
import { parseLanguageFile } from '@/lib/content/parse-language-file';
import { readWitnesses, type WitnessFile } from '@/lib/content/witnesses';
import { ContentError, type DocumentContent } from '@/lib/content/types';

export { defaultContentDir };
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `ja.md`, or `ja.working.md` for another text of that language (a witness).
const languageFileName = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(?:\.([a-z0-9]+(?:-[a-z0-9]+)*))?\.md$/;
const knownLanguage = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function languageCodeOf(file: string, name: string): { code: string; witness?: string } {
  const [, code, witness] = languageFileName.exec(name) ?? [];
  if (!code) {
    throw new ContentError(
      file,
      undefined,
      `only language files belong here, each named by its language code (en.md, ko.md, ja.md; ja.working.md for another Japanese text), and ${alignmentFileName}`,
    );
  }
  let known: string | undefined;
  try {
    known = knownLanguage.of(code);
  } catch {
    known = undefined;
  }
  if (!known) throw new ContentError(file, undefined, `"${code}" is not a known language code (such as en, ko, ja)`);
  return { code, witness };
}

function decode(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, undefined, 'the file is not UTF-8 text: save it as UTF-8');
  }
}

export async function loadDocument(dir: string): Promise<DocumentContent> {
  const slug = path.basename(dir);
  const folder = shown(dir);
  if (!slugPattern.test(slug)) {
    throw new ContentError(folder, undefined, 'a document folder is named by its slug: lower-case a-z, 0-9 and single dashes, such as pyongyang-declaration');
  }
  // Content is read at run time from the working directory, not traced into the build.
  // Hidden files (.DS_Store, editor swap files) are not content.
  const entries = (await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  const files: LanguageFile[] = [];
  const witnessFiles: WitnessFile[] = [];
  let alignment: { file: string; source: string } | undefined;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name);
    if (entry.name === alignmentFileName && entry.isFile()) {
      alignment = { file, source: decode(file, await readFile(/*turbopackIgnore: true*/ path.join(dir, entry.name))) };
      continue;
    }
    const { code, witness } = languageCodeOf(file, entry.name);
    if (!entry.isFile()) throw new ContentError(file, undefined, 'a language file must be a file, not a folder');
    const source = decode(file, await readFile(/*turbopackIgnore: true*/ path.join(dir, entry.name)));
    const parsed = { ...parseLanguageFile(file, source), file, code };
    if (witness) witnessFiles.push({ ...parsed, witness });
    else files.push(parsed);
  }
  const document = assembleDocument(folder, slug, files);
  const witnesses = readWitnesses(witnessFiles, files);
  const languages = document.languages.map((l) => l.code);
  const alignments = alignment ? readAlignment(alignment.file, alignment.source, languages, document.segments) : [];
  return { ...document, alignments, witnesses };
}

export async function loadAllDocuments(contentDir = defaultContentDir): Promise<DocumentContent[]> {
  const folders = await documentFolders(contentDir);
  // One after the other, so that the first broken file reported is always the same one.
  const documents: DocumentContent[] = [];
  for (const name of folders) documents.push(await loadDocument(path.join(/*turbopackIgnore: true*/ contentDir, name)));
  return documents;
}
