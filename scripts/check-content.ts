// Checks every file in content/ (or the folder given): `npm run check:content [-- <dir>]`.
// A broken file prints `file:line: problem` and exits 1; `npm run build` runs this first.
import path from 'node:path';
import { ContentError, loadAllDocuments } from '@/lib/content';
import { defaultContentDir } from '@/lib/content/load';

const contentDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultContentDir;

try {
  const documents = await loadAllDocuments(contentDir);
  const segments = documents.reduce((n, d) => n + d.segments.length, 0);
  const list = documents.map((d) => `${d.slug} (${d.languages.map((l) => l.code).join(', ')})`).join('; ');
  console.log(`content OK: ${documents.length} documents, ${segments} segments: ${list}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
