// The way back from the compare view to the reader as it was: the reader's columns, reading mode
// and chosen texts travel in the compare view's address under the reader's own parameter names
// (langs, mode, witness), read here by the reader's own rules. Pure, for the page and its tests.
import type { DocumentContent } from '@/lib/content/types';
import { readerPath, readerQuery } from '@/lib/reader/columns';
import { langsParamValue, resolveColumns } from '@/lib/reader/langs';
import { parseReadingMode } from '@/lib/reader/reading-mode';
import { parseWitnessChoice } from '@/lib/reader/witness-choice';

type Query = Record<string, string | string[] | undefined>;

export function backToReader(document: DocumentContent, query: Query): { path: (segmentId?: string) => string; carried: [string, string][] } {
  const langs = langsParamValue(query.langs);
  const view = resolveColumns({ param: langs, remembered: undefined, languages: document.languages });
  // Without the reader's columns in the address, the reader's own choice (its cookie) decides, as from any plain link.
  if (view.from !== 'address') {
    return { path: (segmentId) => `/documents/${encodeURIComponent(document.slug)}${segmentId ? `#${segmentId}` : ''}`, carried: [] };
  }
  const mode = parseReadingMode(query.mode);
  const { chosen } = parseWitnessChoice(query.witness, document);
  const path = (segmentId?: string) => readerPath(document.slug, view.codes, segmentId, mode, chosen);
  return { path, carried: [...new URLSearchParams(readerQuery(view.codes, mode, chosen))] as [string, string][] };
}
