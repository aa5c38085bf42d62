// One language file → front matter and segments. remark (unified) finds the front matter and
// the `:::segment{#id}` blocks; the text of a segment is taken verbatim from the source lines
// between its fences (so "1. Both sides…" stays a sentence, not a Markdown list), after the
// whole file is NFC-normalised because annotation offsets count code points of the NFC text.
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';
import { readFrontMatter, type FieldLines, type FrontMatter } from '@/lib/content/front-matter';
import { ContentError, segmentKinds, type SegmentKind } from '@/lib/content/types';

export type ParsedSegment = { id: string; kind: SegmentKind; level?: number; text: string; line: number; endLine: number };
export type ParsedLanguageFile = { frontMatter: FrontMatter; fieldLines: FieldLines; segments: ParsedSegment[] };
type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
export const segmentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const closingFence = /^\s*:{3,}\s*$/;
const knownAttributes = ['id', 'kind', 'level'];

function startLine(node: RootContent): number {
  return node.position!.start.line;
}

function readHeader(file: string, tree: Root, lines: string[]) {
  const node = tree.children[0];
  if (node?.type === 'yaml') return { ...readFrontMatter(file, node.value, startLine(node) + 1), endLine: node.position!.end.line };
  if (lines[0]?.trim() === '---') throw new ContentError(file, 1, 'front matter is not closed: end it with a line holding only ---');
  throw new ContentError(file, 1, 'missing front matter: the file must start with a --- block holding title, language, source and status');
}

function readAttributes(file: string, node: ContainerDirective) {
  const line = startLine(node);
  const attributes = node.attributes ?? {};
  const id = attributes.id ?? '';
  if (!id) throw new ContentError(file, line, 'segment has no id: write :::segment{#some-id}');
  if (!segmentIdPattern.test(id)) throw new ContentError(file, line, `segment id "${id}" may hold only a-z, 0-9 and single dashes`);
  const unknown = Object.keys(attributes).filter((key) => !knownAttributes.includes(key));
  if (unknown.length) throw new ContentError(file, line, `segment "${id}" has unknown attribute "${unknown[0]}" (known: #id, kind, level)`);
  const kind = attributes.kind ?? 'paragraph';
  if (!(segmentKinds as readonly string[]).includes(kind)) {
    throw new ContentError(file, line, `segment "${id}" has unknown kind "${kind}"; use one of ${segmentKinds.join(', ')}`);
  }
  if (kind !== 'heading') {
    if (attributes.level !== undefined) throw new ContentError(file, line, `segment "${id}" is not a heading and cannot have a level`);
    return { id, kind: kind as SegmentKind };
  }
  const level = attributes.level;
  if (level === undefined || level === null) throw new ContentError(file, line, `heading "${id}" needs a level from 1 to 6: write level=2`);
  if (!/^[1-6]$/.test(level)) throw new ContentError(file, line, `heading "${id}" has level "${level}"; use a level from 1 to 6`);
  return { id, kind: 'heading' as const, level: Number(level) };
}

function readSegment(file: string, lines: string[], node: RootContent): ParsedSegment {
  const line = startLine(node);
  if (node.type !== 'containerDirective' || node.name !== 'segment') {
    throw new ContentError(file, line, 'text outside a segment: wrap it in :::segment{#id} … :::');
  }
  const attributes = readAttributes(file, node);
  const { id } = attributes;
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    throw new ContentError(file, line, `segment "${id}" has a [label]; put its text on the lines below the opening line`);
  }
  // An unclosed segment runs on to the next segment (nested in it) or to the end of the file.
  const nested = node.children.find((child) => child.type === 'containerDirective');
  const endLine = node.position!.end.line;
  if (nested || !closingFence.test(lines[endLine - 1] ?? '')) {
    const where = nested ? ` before line ${startLine(nested)}` : '';
    throw new ContentError(file, line, `segment "${id}" is not closed: end it with a line holding only :::${where}`);
  }
  const body = lines.slice(line, endLine - 1).map((l) => l.trim());
  if (!body.some(Boolean)) throw new ContentError(file, line, `segment "${id}" is empty`);
  const blank = body.findIndex((l) => !l);
  if (blank >= 0) throw new ContentError(file, line + 1 + blank, `segment "${id}" has a blank line inside; split it into two segments or remove the line`);
  return { ...attributes, text: body.join('\n'), line, endLine };
}

export function parseLanguageFile(file: string, rawSource: string): ParsedLanguageFile {
  const source = rawSource
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const lines = source.split('\n');
  const tree = parser.parse(source) as Root;
  const { frontMatter, fieldLines, endLine: headerEnd } = readHeader(file, tree, lines);
  const segments: ParsedSegment[] = [];
  const seen = new Map<string, number>();
  for (const node of tree.children.slice(1)) {
    const segment = readSegment(file, lines, node);
    const earlier = seen.get(segment.id);
    if (earlier !== undefined) throw new ContentError(file, segment.line, `segment id "${segment.id}" is used twice (first on line ${earlier})`);
    seen.set(segment.id, segment.line);
    segments.push(segment);
  }
  if (!segments.length) throw new ContentError(file, headerEnd + 1, 'no segments: the text goes in :::segment{#id} … ::: blocks');
  return { frontMatter, fieldLines, segments };
}
