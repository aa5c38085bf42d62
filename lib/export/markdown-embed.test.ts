// A reader's Markdown written into the export must mean what it meant on its own (headings aside,
// which move below the export's), and must never take in what the export writes after it.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { embedMarkdown, indent } from '@/lib/export/markdown-embed';

const textOf = (node: Nodes): string =>
  node.type === 'break' ? ' ' : 'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * The tree without positions, headings pushed down by `shift`, to compare meaning. A heading is
 * compared by its depth and words: the parser's own way (for a setext heading) writes a line
 * break inside one as a space, since an ATX heading is one line.
 */
function meaning(markdown: string, shift = 0): unknown {
  const tree: Root = fromMarkdown(markdown);
  visit(tree, (node: Nodes) => {
    delete node.position;
    // Blank lines at the end of a code block left open: a closed fence ends before them.
    if (node.type === 'code') node.value = node.value.replace(/\n+$/, '');
    if (node.type === 'heading') {
      node.depth = Math.min(6, node.depth + shift) as typeof node.depth;
      node.children = [{ type: 'text', value: textOf(node).replace(/\s+/g, ' ').trim() }];
    }
  });
  return tree;
}

// Lines that make Markdown blocks, open or close them, or look as if they might.
const line = fc.constantFrom(
  'Some text with *emphasis*, `code` and a [link](https://example.org).',
  '',
  '',
  '# Title',
  '## Sub #',
  '###### Six',
  '```',
  '```js',
  '````',
  '~~~',
  '- item',
  '* item',
  '+ item',
  '1. one',
  '2) two',
  '> quote',
  '> # quoted heading',
  '  - nested',
  '  # in an item',
  '    indented code',
  '\tcode after a tab',
  'Title',
  '===',
  '---',
  '***',
  '- - -',
  '[x]: https://example.org',
  '  ```',
  '> ```',
  '<!-- open',
  '-->',
  '<div>',
  '</div>',
  '<script>',
  '<https://example.org>',
  '한국어 **강조**',
  '𠮷野の件 🙂',
  'a line ending in two spaces  ',
  'C# and F#',
  '#hashtag',
);
const comment = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));

describe('embedMarkdown', () => {
  it('means what the comment meant, with its headings three levels down, whatever the comment holds', () => {
    fc.assert(
      fc.property(comment, (value) => {
        const { markdown } = embedMarkdown(value);
        // Raw HTML that would run to the end of the file is the one thing shown as text instead.
        fc.pre(!/^<(?:!--|script)/m.test(value));
        expect(meaning(markdown)).toEqual(meaning(value, 3));
        return true;
      }),
      { numRuns: 600 },
    );
  });

  it('never takes in the list the export writes after it, nor lets a heading stand above the export’s', () => {
    fc.assert(
      fc.property(comment, (value) => {
        const { markdown, bullets } = embedMarkdown(value);
        const bullet = ['-', '*', '+'].find((b) => !bullets.has(b));
        fc.pre(bullet !== undefined);
        const tree: Root = fromMarkdown(`**Comment**\n\n${markdown}\n\n${bullet} **Author:** Alice Kim\n${bullet} **Colour:** yellow\n`);
        const last = tree.children.at(-1)!;
        expect(last.type).toBe('list');
        expect((last as { children: Nodes[] }).children.map(textOf)).toEqual(['Author: Alice Kim', 'Colour: yellow']);
        expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }] });
        visit(tree, 'heading', (node) => {
          expect(node.depth).toBeGreaterThanOrEqual(4);
        });
        return true;
      }),
      { numRuns: 600 },
    );
  });

  it('writes a plain comment as it is, and pushes its headings down', () => {
    expect(embedMarkdown('The place name **𠮷野** is outside the BMP 🙂\n\n# A heading in a comment').markdown).toBe(
      'The place name **𠮷野** is outside the BMP 🙂\n\n#### A heading in a comment',
    );
    expect(embedMarkdown('This sentence was *rewritten*.').markdown).toBe('This sentence was *rewritten*.');
    expect(embedMarkdown('> # Quoted\n\n###### Deepest').markdown).toBe('> #### Quoted\n\n###### Deepest');
  });

  it('closes a code fence the comment left open, and leaves what is inside it alone', () => {
    expect(embedMarkdown('Look:\n\n````js\n# not a heading\n```').markdown).toBe('Look:\n\n````js\n# not a heading\n```\n````');
  });

  it('shows an HTML comment that is never closed as text, instead of hiding the rest of the file', () => {
    const { markdown } = embedMarkdown('Before\n\n<!-- hidden until the end');
    expect(markdown).toContain('\\<!-- hidden until the end');
    const tree = fromMarkdown(`${markdown}\n\n- **Author:** Alice Kim`);
    expect(tree.children.at(-1)).toMatchObject({ type: 'list' });
  });

  it('says which bullets its top-level lines start with', () => {
    expect([...embedMarkdown('Note:\n\n- one\n- two').bullets]).toEqual(['-']);
    expect([...embedMarkdown('1. one\n   * nested').bullets]).toEqual(['*']);
    expect(embedMarkdown('No list - at all').bullets.size).toBe(0);
  });
});

describe('indent', () => {
  it('puts Markdown inside a list item, tabs kept at their width, blank lines left blank', () => {
    expect(indent('Agreed.\n\n\tcode\n# h', 2)).toBe('  Agreed.\n\n      code\n  # h');
    const tree = fromMarkdown(`- **Bob**, today\n\n${indent('Agreed.\n\n\tcode', 2)}`);
    const item = (tree.children[0] as { children: { children: Nodes[] }[] }).children[0]!;
    expect(item.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'code']);
  });
});
