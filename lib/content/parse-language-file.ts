// One language file → front matter and segments. remark (unified) finds the front matter and
// the `:::segment{#id}` blocks; the text of a segment is taken verbatim from the source between
// the fences (so "1. Both sides…" stays a sentence, not a Markdown list), then NFC-normalised
// because annotation offsets count code points of the NFC text.
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root, RootContent } from 'mdast';
import { frontMatterSchema, type FrontMatter } from '@/lib/content/front-matter';
import { ContentError, segmentKinds, type SegmentKind } from '@/lib/content/types';

export type ParsedSegment = { id: string; kind: SegmentKind; level?: number; text: string; line: number };
export type ParsedLanguageFile = { frontMatter: FrontMatter; segments: ParsedSegment[] };

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
const segmentId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lineOf(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line;
}

function readFrontMatter(file: string, tree: Root): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') throw new ContentError(file, 1, 'missing front matter (a --- block with title, language, source, status, date)');
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : 1;
    throw new ContentError(file, line, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = frontMatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    const problem = issue.code === 'unrecognized_keys' ? `unknown front matter field ${issue.keys.join(', ')}` : `front matter ${field}: ${issue.message}`;
    const fieldLine = node.value.split('\n').findIndex((l) => l.startsWith(`${field}:`));
    throw new ContentError(file, fieldLine >= 0 ? fieldLine + 2 : 1, problem);
  }
  return result.data;
}

function readSegment(file: string, source: string, node: RootContent): ParsedSegment {
  const line = lineOf(node);
  if (node.type !== 'containerDirective' || node.name !== 'segment') {
    throw new ContentError(file, line, 'text outside a segment: wrap it in :::segment{#id} … :::');
  }
  const attributes = node.attributes ?? {};
  const id = attributes.id ?? '';
  if (!segmentId.test(id)) {
    throw new ContentError(file, line, id ? `segment id "${id}" may hold only a-z, 0-9 and single dashes` : 'segment has no id: write :::segment{#some-id}');
  }
  const unknown = Object.keys(attributes).filter((key) => !['id', 'kind', 'level'].includes(key));
  if (unknown.length) throw new ContentError(file, line, `segment "${id}" has unknown attribute ${unknown.join(', ')}`);
  const kind = (attributes.kind ?? 'paragraph') as SegmentKind;
  if (!segmentKinds.includes(kind)) throw new ContentError(file, line, `segment "${id}" has kind "${kind}"; use one of ${segmentKinds.join(', ')}`);
  let level: number | undefined;
  if (kind === 'heading') {
    level = Number(attributes.level ?? '2');
    if (!Number.isInteger(level) || level < 1 || level > 6) throw new ContentError(file, line, `heading "${id}" needs a level from 1 to 6`);
  } else if (attributes.level !== undefined) {
    throw new ContentError(file, line, `segment "${id}" is not a heading and cannot have a level`);
  }
  if (node.children.some((child) => child.type === 'containerDirective')) {
    throw new ContentError(file, line, `segment "${id}" is not closed: end it with a line holding only :::`);
  }
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const raw = start === undefined || end === undefined ? '' : source.slice(start, end);
  const text = raw
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
    .normalize('NFC');
  if (!text) throw new ContentError(file, line, `segment "${id}" is empty`);
  if (/\n\s*\n/.test(text)) throw new ContentError(file, line, `segment "${id}" has a blank line inside; split it into two segments`);
  return { id, kind, ...(level ? { level } : {}), text, line: line ?? 0 };
}

export function parseLanguageFile(file: string, source: string): ParsedLanguageFile {
  const tree = parser.parse(source) as Root;
  const frontMatter = readFrontMatter(file, tree);
  const segments: ParsedSegment[] = [];
  const seen = new Map<string, number>();
  for (const node of tree.children.slice(1)) {
    const segment = readSegment(file, source, node);
    const earlier = seen.get(segment.id);
    if (earlier !== undefined) throw new ContentError(file, segment.line, `segment id "${segment.id}" is used twice (first on line ${earlier})`);
    seen.set(segment.id, segment.line);
    segments.push(segment);
  }
  if (!segments.length) throw new ContentError(file, undefined, 'no segments: the text goes in :::segment{#id} … ::: blocks');
  return { frontMatter, segments };
}
