// Plain text into CommonMark that reads back as the same text: for quotes, names and labels in the
// Markdown export. Written out rather than run through mdast-util-to-markdown because the export
// writes a few strings per annotation, 100,000 annotations at a time, and the general serialiser
// spends most of its time deciding, character by character, what needs escaping in any context.
// Here the contexts are few and fixed: a line of a paragraph, strong text, inline code, a heading,
// an autolink. The rules are CommonMark's (https://spec.commonmark.org/0.31.2/), kept on the safe
// side of GitHub's extensions too (~ strikethrough, | tables).
//
// Every ASCII punctuation character may be backslash-escaped (§2.4), so escaping one that needed
// none is harmless; the rules below still escape only what could mean something, so that the file
// stays readable as plain text ("1\." only where a line would start a list).

/** Characters that mean something anywhere inside a line. */
const inlineSpecial = /[\\`*_[\]<~|]|&(?=#?[A-Za-z0-9]+;)/g;

/** Text inside a line (not at its start): emphasis, code, links, HTML, entities stay text. */
export function escapeInline(value: string): string {
  return value.replace(inlineSpecial, (c) => `\\${c}`);
}

const space = (c: string) => (c === '\t' ? '&#x9;' : '&#x20;');

/**
 * One whole line of a paragraph: also what would start a block at the beginning of a line (a
 * heading, a quote, a list item, a thematic break, a setext underline), and the leading and
 * trailing white space a paragraph would strip (written as character references, which it keeps).
 */
export function escapeLine(value: string): string {
  let line = escapeInline(value);
  if (/^(?:#{1,6}|[-+])(?:[ \t]|$)|^>|^-[- \t]*$|^=[= \t]*$/.test(line)) {
    line = `\\${line}`;
  }
  line = line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
  if (/^[ \t]/.test(line)) line = space(line[0]!) + line.slice(1);
  if (line.length > 1 && /[ \t]$/.test(line)) line = line.slice(0, -1) + space(line.at(-1)!);
  return line;
}

/** Lines joined by hard breaks (a backslash at the end of a line), as one paragraph. */
export function escapeLines(value: string): string {
  return value.split('\n').map(escapeLine).join('\\\n');
}

/**
 * Text as block quote paragraphs: a blank line (or several) starts a new paragraph, a single line
 * break is kept as a hard break. Line breaks at either end would show as nothing and are left out.
 */
export function blockquote(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/^\n+|\n+$/g, '')
    .split(/\n{2,}/)
    .map((part) =>
      escapeLines(part)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n'),
    )
    .join('\n>\n');
}

/**
 * **Strong** text, used inside lines where the delimiters have a space or punctuation beside
 * them. White space at either end would stop the delimiters from counting, and is dropped.
 */
export function strong(value: string): string {
  const inner = value.trim();
  return inner ? `**${escapeInline(inner)}**` : '';
}

/** `code`: a fence longer than any run of backticks inside, padded where the content needs it. */
export function inlineCode(value: string): string {
  const longest = Math.max(0, ...Array.from(value.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(value) && value.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${value.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** <https://…>: our own absolute URLs; anything an autolink cannot hold is percent-encoded. */
export function autolink(url: string): string {
  return `<${url.replace(/[<>\s\x00-\x1f\x7f]/g, (c) => encodeURIComponent(c))}>`;
}

/** An ATX heading of one line; a closing run of # would be taken for the heading's end. */
export function heading(depth: 1 | 2 | 3 | 4 | 5 | 6, value: string): string {
  const text = escapeInline(value.replace(/\s+/g, ' ').trim()).replace(/#$/, '\\#');
  return `${'#'.repeat(depth)} ${text}`;
}
