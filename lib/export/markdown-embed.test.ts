// A reader's Markdown written into the export must mean what it meant on its own (headings aside,
// which move below the export's), and must never take in what the export writes after it.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { embedMarkdown, indent } from '@/lib/export/markdown-embed';
import { isAllowedUrl } from '@/lib/markdown/url-policy';

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
        // Raw HTML is the one thing shown as text instead (tested below).
        fc.pre(!/<(?:!--|\/?div|script)/.test(value));
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

// What has run script in a Markdown renderer that allows HTML, in the ways it can be spelt.
const payloads = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<script>\n\nalert(1)\n\n</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- x --><iframe src=javascript:alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript&colon;alert(1))',
  '[x](java\\script:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x]( javascript:alert(1) )',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '[ref]\n\n[ref]:\n  javascript:alert(1)',
  '![x](javascript:alert(1))',
  '![x](https://tracker.example/pixel.png)',
  '![x][img]\n\n[img]: https://tracker.example/pixel.png',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '`<script>` in code stays code',
  '[<img src=x onerror=alert(1)>](javascript:x)',
  '[<script>alert(1)</script>](data:x)',
  '[![i](https://tracker.example/pixel.png)](javascript:x)',
];

/** Everything in the Markdown that a renderer would turn into HTML or a fetch or a script link. */
function hazards(markdown: string): string[] {
  const found: string[] = [];
  visit(fromMarkdown(markdown), (node: Nodes) => {
    if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') found.push(`${node.type}`);
    if ((node.type === 'link' || node.type === 'definition') && !isAllowedUrl(node.url, 'href')) found.push(`${node.type} ${node.url}`);
  });
  return found;
}

describe('embedMarkdown against script', () => {
  it('writes raw HTML as text, drops javascript:, data: and vbscript: addresses, and turns images into links', () => {
    for (const payload of payloads) {
      expect(hazards(payload).length + (payload.includes('&') || payload.startsWith('`') ? 1 : 0), `payload is live: ${payload}`).toBeGreaterThan(0);
      const { markdown } = embedMarkdown(payload);
      expect(hazards(markdown), `${payload} → ${markdown}`).toEqual([]);
      expect(markdown, payload).not.toMatch(/\]\((?:java|data|vb)/i);
    }
  });

  it('keeps what the payload said, as text', () => {
    expect(embedMarkdown('<img src=x onerror=alert(1)>').markdown).toBe('\\<img src=x onerror=alert(1)>');
    expect(embedMarkdown('Hi <script>alert(1)</script>').markdown).toBe('Hi \\<script>alert(1)\\</script>');
    expect(embedMarkdown('[x](javascript:alert(1)) and [y](https://example.org)').markdown).toBe('x and [y](https://example.org)');
    expect(embedMarkdown('![a map](https://x.example/a.png)').markdown).toBe('[a map](https://x.example/a.png)');
    expect(embedMarkdown('`<b>` stays code').markdown).toBe('`<b>` stays code');
  });

  it('writes a plain https link as it is, without the parser', () => {
    expect(embedMarkdown('See [MOFA](https://www.mofa.go.jp/) *now*').markdown).toBe('See [MOFA](https://www.mofa.go.jp/) *now*');
  });

  it('leaves nothing live whatever the comment mixes', () => {
    const hostile = fc.array(fc.oneof(line, fc.constantFrom(...payloads)), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(hostile, (value) => {
        expect(hazards(embedMarkdown(value).markdown)).toEqual([]);
      }),
      { numRuns: 400 },
    );
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
