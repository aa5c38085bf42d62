// content/<slug>/alignment.yaml: phrases of one passage that answer one another across its languages.
// Read at build and start like the language files, and refused with file:line when a phrase is not
// exactly the text of its passage: a link that points at other words would mislead every reader.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { codePointLength, toNfc, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { ContentError, type Alignment, type Segment } from '@/lib/content/types';

export const alignmentFileName = 'alignment.yaml';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const phraseSchema = z.union(
  [
    z.string().trim().min(1),
    z.strictObject({
      text: z.string().trim().min(1),
      occurrence: z.number().int().min(1),
    }),
  ],
  { error: 'must be the phrase as written in the passage, or { text: …, occurrence: N }' },
);
type Phrase = z.infer<typeof phraseSchema>;

const linkSchema = z.object({
  id: z.string({ error: 'needs an id: lower-case a-z, 0-9 and single dashes' }).regex(idPattern, 'id must be lower-case a-z, 0-9 and single dashes'),
  segment: z.string({ error: 'needs the id of its passage (segment)' }),
});

type Context = { file: string; languages: string[]; segments: Map<string, Segment> };

function lineOf(lineCounter: LineCounter, node: Node | null | undefined, fallback: number): number {
  return node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
}

/** Where `text` stands in `passage`, in code points, or a sentence saying why it cannot be placed. */
function place(passage: string, phrase: Phrase): { start: number; end: number; exact: string } | string {
  const exact = toNfc(typeof phrase === 'string' ? phrase : phrase.text);
  const starts: number[] = [];
  for (let at = passage.indexOf(exact); at !== -1; at = passage.indexOf(exact, at + 1)) starts.push(at);
  const quoted = JSON.stringify(exact);
  if (starts.length === 0) return `${quoted} is not in the passage: a phrase must be its exact text`;
  const occurrence = typeof phrase === 'string' ? undefined : phrase.occurrence;
  if (occurrence === undefined && starts.length > 1) {
    return `${quoted} occurs ${starts.length} times in the passage: say which with { text: ${quoted}, occurrence: N }`;
  }
  const at = starts[(occurrence ?? 1) - 1];
  if (at === undefined) return `${quoted} occurs ${starts.length} time${starts.length === 1 ? '' : 's'} in the passage, not ${occurrence}`;
  const start = utf16ToCodePoint(passage, at);
  return { start, end: start + codePointLength(exact), exact };
}

function readLink(item: unknown, line: number, keyLines: Map<string, number>, context: Context): Alignment {
  const fail = (key: string | undefined, problem: string): never => {
    throw new ContentError(context.file, (key && keyLines.get(key)) || line, problem);
  };
  const head = linkSchema.safeParse(item);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    return fail(
      issue.path[0] === undefined ? undefined : String(issue.path[0]),
      issue.path.length ? issue.message : 'each link is a map: id, segment, then one phrase per language',
    );
  }
  const { id, segment: segmentId } = head.data;
  const segment = context.segments.get(segmentId) ?? fail('segment', `segment "${segmentId}" is not in this document`);
  const spans: Alignment['spans'] = {};
  for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
    if (key === 'id' || key === 'segment') continue;
    if (!context.languages.includes(key)) fail(key, `"${key}" is not a language of this document (${context.languages.join(', ')})`);
    const phrase = phraseSchema.safeParse(value);
    if (!phrase.success) fail(key, `${key} ${phrase.error.issues[0]!.message}`);
    const placed = place(segment.texts[key]!, phrase.data!);
    if (typeof placed === 'string') fail(key, `${key} of segment "${segmentId}": ${placed}`);
    spans[key] = placed as Alignment['spans'][string];
  }
  if (Object.keys(spans).length < 2) fail(undefined, `link "${id}" needs phrases in at least two languages`);
  return { id, segmentId, spans };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The links of `source` (the text of `file`), checked against the document's passages. */
export function readAlignment(file: string, source: string, languages: string[], segments: Segment[]): Alignment[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) throw new ContentError(file, lineCounter.linePos(yamlError.pos[0]).line, `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  const root = document.contents;
  const linksPair = isMap(root) ? root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'links') : undefined;
  if (!isMap(root) || !linksPair || root.items.length !== 1 || !isSeq(linksPair.value)) {
    throw new ContentError(file, 1, 'the file holds one field, `links:`, a list of links (id, segment, one phrase per language)');
  }

  const context: Context = { file, languages, segments: new Map(segments.map((s) => [s.id, s])) };
  const firstLines = new Map<string, number>();
  const alignments: (Alignment & { line: number })[] = [];
  for (const node of linksPair.value.items) {
    const line = lineOf(lineCounter, node as Node, 1);
    const keyLines = new Map<string, number>();
    if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) keyLines.set(String(pair.key.value), lineOf(lineCounter, pair.key, line));
    const link = readLink((node as Node | null)?.toJSON() ?? null, line, keyLines, context);
    const first = firstLines.get(link.id);
    if (first !== undefined) throw new ContentError(file, keyLines.get('id') ?? line, `link id "${link.id}" is used twice (first on line ${first})`);
    firstLines.set(link.id, line);
    // Overlapping phrases of one language would make "which words answer which" ambiguous.
    for (const other of alignments) {
      if (other.segmentId !== link.segmentId) continue;
      const clash = Object.keys(link.spans).find((language) => other.spans[language] && overlaps(other.spans[language], link.spans[language]!));
      if (clash)
        throw new ContentError(
          file,
          keyLines.get(clash) ?? line,
          `${clash} of link "${link.id}" overlaps link "${other.id}" (line ${other.line}): phrases of one language may not overlap`,
        );
    }
    alignments.push({ ...link, line });
  }
  return alignments.map(({ line: _line, ...alignment }) => alignment);
}
