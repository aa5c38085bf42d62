// A reader who writes `<draft>` in a comment means the word, not a tag. Dropping raw HTML (as the
// sanitiser would) loses it; rendering it would let a comment inject markup. So raw HTML becomes
// the text it was written as, and the stringifier escapes it (`&lt;draft&gt;`).
import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Block-level containers: raw HTML standing alone in them becomes a paragraph of its text. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Joins neighbouring texts, so that "marked <draft> is" stays one text, as it was written. */
function joinTexts(parent: Parent): void {
  const joined: Parent['children'] = [];
  for (const child of parent.children) {
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else joined.push(child);
  }
  parent.children = joined;
}

export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    const touched = new Set<Parent>();
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      const replacement: Text | Paragraph = flowParents.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
      parent.children[index] = replacement as (typeof parent.children)[number];
      touched.add(parent);
      return SKIP;
    });
    for (const parent of touched) joinTexts(parent);
  };
}
