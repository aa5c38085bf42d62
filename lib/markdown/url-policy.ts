// Which link and image addresses a reader's Markdown may keep: the reader's sanitiser
// (rehype-sanitize with GitHub's schema) and the Markdown export both ask here, so a comment's
// `javascript:`, `data:` or `vbscript:` link is dropped by the same rule wherever it goes.
import { defaultSchema } from 'rehype-sanitize';

/** The schemes GitHub's schema allows, per attribute: links (href) and images (src). */
export const allowedProtocols = {
  href: defaultSchema.protocols?.href ?? [],
  src: defaultSchema.protocols?.src ?? [],
} as const;

/**
 * Whether `url` (as the parser decoded it: entities and backslash escapes resolved) may stay.
 * The rule is hast-util-sanitize's: an address whose first colon comes after a /, ? or # (or that
 * has none) is relative; otherwise the text before the colon must be one of the schemes, exactly
 * (so `JaVaScRiPt:` and `java\tscript:` are refused like `javascript:`).
 */
export function isAllowedUrl(url: string, kind: keyof typeof allowedProtocols): boolean {
  const colon = url.indexOf(':');
  const before = (c: string) => {
    const at = url.indexOf(c);
    return at > -1 && at < colon;
  };
  if (colon < 0 || before('/') || before('?') || before('#')) return true;
  return allowedProtocols[kind].some((protocol) => protocol.length === colon && url.startsWith(protocol));
}
