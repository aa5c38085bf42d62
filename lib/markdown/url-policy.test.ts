import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '@/lib/markdown/url-policy';

/** Whether the reader's sanitiser keeps `url` on a link (href) or an image (src). */
function sanitiserKeeps(url: string, kind: 'href' | 'src'): boolean {
  const tagName = kind === 'href' ? 'a' : 'img';
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName, properties: { [kind]: url }, children: [] }] };
  const out = unified().use(rehypeSanitize).runSync(tree) as Root;
  const element = out.children[0];
  return element?.type === 'element' && element.properties[kind] === url;
}

const urls = [
  'https://example.org/a?b#c',
  'http://x',
  'mailto:a@example.org',
  '/relative/path',
  'relative',
  '#fragment',
  '?q=1',
  'a/b:c',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/png;base64,AAAA',
  'vbscript:msgbox(1)',
  'HTTPS://example.org',
  'ftp://example.org',
  'irc://example.org',
  'a(b):c',
  '',
];

describe('isAllowedUrl', () => {
  it('agrees with the reader’s sanitiser on every address, for links and images', () => {
    for (const url of urls) {
      expect(isAllowedUrl(url, 'href'), `href ${url}`).toBe(sanitiserKeeps(url, 'href'));
      expect(isAllowedUrl(url, 'src'), `src ${url}`).toBe(sanitiserKeeps(url, 'src'));
    }
  });

  it('refuses javascript:, data: and vbscript: in any case', () => {
    for (const url of ['javascript:x', 'JAVASCRIPT:x', 'data:x', 'Data:x', 'vbscript:x', 'VBScript:x']) {
      expect(isAllowedUrl(url, 'href'), url).toBe(false);
    }
  });
});
