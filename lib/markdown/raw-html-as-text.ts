// A reader who writes `<draft>` in a comment means the word, not a tag. Dropping raw HTML (as the
// sanitiser would) loses it; rendering it would let a comment inject markup. So raw HTML becomes
// the text it was written as, and the stringifier escapes it (`&lt;draft&gt;`).
import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** Block-level containers: raw HTML standing alone in them becomes a paragraph of its text. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      const replacement: Text | Paragraph = flowParents.has(parent.type) ? { type: 'paragraph', children: [text], position: node.position } : text;
      parent.children[index] = replacement as (typeof parent.children)[number];
      return SKIP;
    });
  };
}
