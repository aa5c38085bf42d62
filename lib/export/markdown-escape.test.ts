// The escaper is checked against the CommonMark parser the project already uses (micromark via
// mdast-util-from-markdown): whatever text goes in, the parser must read back that text, with no
// emphasis, link, code, heading, list or HTML made of it.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { autolink, blockquote, escapeInline, escapeLine, heading, inlineCode, strong } from '@/lib/export/markdown-escape';

/** Text of phrasing content as a reader sees it: hard breaks as line breaks. */
function plain(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map(plain).join('');
  throw new Error(`unexpected ${node.type} node`);
}

/** Only text and hard breaks inside `node`, nothing that Markdown made of the characters. */
function onlyText(node: Nodes): boolean {
  if (node.type === 'text' || node.type === 'break') return true;
  return node.type === 'paragraph' && node.children.every(onlyText);
}

const parse = (markdown: string): Root => fromMarkdown(markdown);

// Characters that mean something in Markdown somewhere, and a few that do not.
const markdownish = fc.string({
  unit: fc.constantFrom(
    ...'\\`*_[]()<>!~|&#;=+-.:)0123456789 \tab'.split(''),
    'é',
    '𠮷',
    '「',
    '\n',
    '&amp;',
    '&#x41;',
    'http://x.y',
    '```',
    '<!--',
    '1. ',
    '- ',
    '# ',
  ),
  maxLength: 40,
});
const oneLine = markdownish.map((s) => s.replace(/\n/g, ''));

describe('escapeLine', () => {
  it('reads back as the same text, whatever Markdown the text looks like', () => {
    fc.assert(
      fc.property(oneLine, (value) => {
        const tree = parse(escapeLine(value));
        if (value === '') return tree.children.length === 0;
        expect(tree.children).toHaveLength(1);
        const [paragraph] = tree.children;
        expect(onlyText(paragraph!)).toBe(true);
        expect(plain(paragraph!)).toBe(value);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes only what would start something: a list, a heading, a break', () => {
    expect(escapeLine('1. Both sides met')).toBe('1\\. Both sides met');
    expect(escapeLine('2002) signed')).toBe('2002\\) signed');
    expect(escapeLine('- a')).toBe('\\- a');
    expect(escapeLine('---')).toBe('\\---');
    expect(escapeLine('===')).toBe('\\===');
    expect(escapeLine('# title')).toBe('\\# title');
    expect(escapeLine('#hashtag')).toBe('#hashtag');
    expect(escapeLine('> quoted')).toBe('\\> quoted');
    expect(escapeLine('1.5 billion, 3-4 days, C#, a+b')).toBe('1.5 billion, 3-4 days, C#, a+b');
    expect(escapeLine('They agreed *carefully*.')).toBe('They agreed \\*carefully\\*.');
    expect(escapeLine('  indented ')).toBe('&#x20; indented&#x20;');
  });
});

describe('blockquote', () => {
  it('reads back as the same text in one block quote: paragraphs at blank lines, hard breaks at line breaks', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        const expected = value.replace(/\n{2,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
        const tree = parse(blockquote(value));
        if (expected === '') return tree.children.every((child) => child.type === 'blockquote' && child.children.length === 0);
        expect(tree.children).toHaveLength(1);
        const [quote] = tree.children;
        expect(quote!.type).toBe('blockquote');
        const paragraphs = (quote as { children: Nodes[] }).children;
        expect(paragraphs.every(onlyText)).toBe(true);
        expect(paragraphs.map(plain).join('\n\n')).toBe(expected);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('writes one > line per line of the quote, as the Markdown tests expect', () => {
    expect(blockquote('They agreed *carefully*.\nSecond line.')).toBe('> They agreed \\*carefully\\*.\\\n> Second line.');
    expect(blockquote('one\n\n\ntwo')).toBe('> one\n>\n> two');
  });
});

describe('strong, inlineCode, heading, autolink', () => {
  it('keeps any name strong and nothing else, in a list item before a comma', () => {
    fc.assert(
      fc.property(
        oneLine.filter((s) => s.trim() !== ''),
        (name) => {
          const [list] = parse(`- ${strong(name)}, 2026-11-20 11:00 UTC`).children;
          const paragraph = (list as { children: { children: Nodes[] }[] }).children[0]!.children[0] as { children: Nodes[] };
          const [bold, rest] = paragraph.children;
          expect(bold!.type).toBe('strong');
          expect(plain(bold!)).toBe(name.trim());
          expect(plain(rest!)).toBe(', 2026-11-20 11:00 UTC');
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps any tag as the code it is, backticks and spaces included', () => {
    fc.assert(
      fc.property(
        oneLine.filter((s) => s.trim() !== ''),
        (tag) => {
          const [paragraph] = parse(`**Tags:** ${inlineCode(tag)}, ${inlineCode('x')}`).children;
          const code = (paragraph as { children: Nodes[] }).children.filter((n) => n.type === 'inlineCode');
          expect(code.map((n) => (n as { value: string }).value)).toEqual([tag, 'x']);
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives a heading of the asked depth whose text is the text, a trailing # included', () => {
    fc.assert(
      fc.property(
        oneLine.filter((s) => s.trim() !== ''),
        (value) => {
          const [node] = parse(heading(2, `1. Annotation (${value})`)).children;
          expect(node).toMatchObject({ type: 'heading', depth: 2 });
          expect(plain(node!)).toBe(`1. Annotation (${value})`.replace(/\s+/g, ' ').trim());
          return true;
        },
      ),
      { numRuns: 1000 },
    );
    expect(heading(2, 'Notes on C#')).toBe('## Notes on C\\#');
  });

  it('links an absolute URL to itself', () => {
    const url = 'https://accord.test/documents/x?langs=ja,en,ko#s1-p1';
    const [paragraph] = parse(autolink(url)).children;
    expect((paragraph as { children: Nodes[] }).children[0]).toMatchObject({ type: 'link', url });
  });

  it('leaves escapeInline text readable: no escapes where nothing could happen', () => {
    expect(escapeInline('Bob, "the reviewer", 2026-11-20 10:20 UTC · modified')).toBe('Bob, "the reviewer", 2026-11-20 10:20 UTC · modified');
    expect(escapeInline('AT&T &amp; [x](y) `c` <b>')).toBe('AT&T \\&amp; \\[x\\](y) \\`c\\` \\<b>');
  });
});
