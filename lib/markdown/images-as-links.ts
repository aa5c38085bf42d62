// A comment's image would be fetched by every reader who opens the passage: a beacon telling its
// author who read it and when (and the page's img-src policy blocks other hosts anyway). Each
// image becomes a link to it instead, named by its alt text, followed only by a reader who wants.
// Runs after the sanitiser, so `src` is already one it allows.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      node.tagName = src ? 'a' : 'span';
      node.properties = src ? { href: src } : {};
      node.children = [{ type: 'text', value: alt || src || '' }];
    });
  };
}
