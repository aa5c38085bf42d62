import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '@/lib/content/types';

/**
 * Where the documents are read: `content/` of the working directory, or ACCORD_CONTENT_DIR (the
 * end-to-end server reads a copy of content/ with a test document beside it, e2e/serve.ts).
 */
export const defaultContentDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.ACCORD_CONTENT_DIR || 'content');

/** The document folders of content/ (one per slug), sorted: what the loader reads, without reading it. */
export async function documentFolders(contentDir = defaultContentDir): Promise<string[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ contentDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new ContentError(shown(contentDir), undefined, 'the content folder does not exist');
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** Paths in messages are relative to the working directory, as people type them. */
export function shown(target: string): string {
  return path.relative(process.cwd(), target) || target;
}
