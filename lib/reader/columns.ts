// Column moves offered by the language controls, and the addresses they lead to. Each move returns
// a new list of codes; the controls turn it into a link, so they work without JavaScript.
import { modeQuery, type ReadingMode } from '@/lib/reader/reading-mode';
import { noWitnesses, witnessQuery, type WitnessChoice } from '@/lib/reader/witness-choice';

export function withoutColumn(codes: readonly string[], code: string): string[] {
  const rest = codes.filter((c) => c !== code);
  return rest.length ? rest : [...codes];
}

export function withColumn(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? [...codes] : [...codes, code];
}

/** Moves `code` one place earlier (-1) or later (+1); at an edge, nothing changes. */
export function movedColumn(codes: readonly string[], code: string, step: -1 | 1): string[] {
  const from = codes.indexOf(code);
  const to = from + step;
  if (from < 0 || to < 0 || to >= codes.length) return [...codes];
  const next = [...codes];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function swappedColumns(codes: readonly string[]): string[] {
  return [...codes].reverse();
}

export function langsValue(codes: readonly string[]): string {
  return codes.join(',');
}

/** The reader's query for these columns, reading mode and texts (`langs=en,ja&witness=ja.first`): what every link to it carries. */
export function readerQuery(codes: readonly string[], mode: ReadingMode = 'columns', witnesses: WitnessChoice = noWitnesses): string {
  return `langs=${langsValue(codes)}${modeQuery(mode)}${witnessQuery(witnesses)}`;
}

/** The reader with these columns (in this reading mode, showing these texts); what a shared link holds. */
export function readerPath(
  slug: string,
  codes: readonly string[],
  segmentId?: string,
  mode: ReadingMode = 'columns',
  witnesses: WitnessChoice = noWitnesses,
): string {
  return `/documents/${encodeURIComponent(slug)}?${readerQuery(codes, mode, witnesses)}${segmentId ? `#${segmentId}` : ''}`;
}

/** Remembers the columns (a cookie) and then opens the reader: the controls' target without JavaScript. */
export function chooseColumnsPath(slug: string, codes: readonly string[], mode: ReadingMode = 'columns', witnesses: WitnessChoice = noWitnesses): string {
  return `/documents/${encodeURIComponent(slug)}/columns?${readerQuery(codes, mode, witnesses)}`;
}
