// Shapes of text the annotation UI uses in several places (its words are in messages/*.json).
export const languageCodes = (codes: readonly string[]) => codes.map((code) => code.toUpperCase()).join(' ');

/** The first words of a text, for lists: whole code points, never half a character. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= max
    ? flat
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Markdown reduced to its words, for one-line previews in the list (the full view renders it).
 * It drops what the sanitised view drops (raw HTML tags) and keeps what it shows as text, so a
 * ">" or "#" inside a sentence survives; only block markers at the start of a line go.
 */
export function plainComment(markdown: string): string {
  return (
    markdown
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]*(?:>[ \t]?)+|^[ \t]*#{1,6}[ \t]+|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/(\*\*|\*|~~|`)(?=\S)([^]*?\S)\1/g, '$2')
      // Underscores inside a word (snake_case) are not emphasis in Markdown.
      .replace(/(?<![\p{L}\p{N}])(__|_)(?=\S)([^]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
