import { describe, expect, it } from 'vitest';
import { excerptOf, plainText } from '@/lib/markdown/plain-text';

describe('plainText', () => {
  it('keeps the words of emphasis, links and inline code', () => {
    expect(plainText('Read **bold** and `x`)')).toBe('Read bold and x)');
    expect(plainText('Use `<draft>` and `a*b*c` [here](https://example.org)')).toBe('Use <draft> and a*b*c here');
  });

  it('keeps raw HTML as written, as the rendered view shows it, and ">" and "#" inside sentences', () => {
    expect(plainText('See <script>alert(1)</script> <b>here</b><!-- hidden -->')).toBe('See <script>alert(1)</script> <b>here</b><!-- hidden -->');
    expect(plainText('Article 3 > Article 2, issue #4')).toBe('Article 3 > Article 2, issue #4');
    expect(plainText('Source: <https://www.mofa.go.jp/>')).toBe('Source: https://www.mofa.go.jp/');
  });

  it('keeps a word in angle brackets, as the rendered comment shows it', () => {
    expect(plainText('A record marked <draft> is not exchanged')).toBe('A record marked <draft> is not exchanged');
  });

  it('separates blocks and hard line breaks with a space', () => {
    expect(plainText('# Heading\n- one\n2. two\n\n> > nested\n\n```\ncode block\n```')).toBe('Heading one two nested code block');
    expect(plainText('line one  \nline two\\\nthree')).toBe('line one line two three');
  });

  it('gives an image its alt text and leaves stars that are not emphasis alone', () => {
    expect(plainText('See ![the map](https://x.example/a.png)')).toBe('See the map');
    expect(plainText('2 * 3 * 4 and snake_case_name')).toBe('2 * 3 * 4 and snake_case_name');
  });

  it('gives nothing for an empty comment', () => {
    expect(plainText(' \n ')).toBe('');
  });

  it('cuts an excerpt of the words by characters, never half of one, and marks the cut', () => {
    expect(excerptOf('**Bold** and `code`', 200)).toBe('Bold and code');
    expect(excerptOf('𠮷野家の件を確認した', 5)).toBe('𠮷野家の…');
    expect(excerptOf('abc', 3)).toBe('abc');
  });
});
