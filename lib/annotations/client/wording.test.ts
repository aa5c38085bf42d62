import { describe, expect, it } from 'vitest';
import { excerpt, languageCodes, plainComment } from '@/lib/annotations/client/wording';

describe('wording', () => {
  it('names the languages of a passage’s other notes by their codes', () => {
    expect(languageCodes(['en', 'ko'])).toBe('EN KO');
  });

  it('cuts long texts at whole characters', () => {
    expect(excerpt('𠮷'.repeat(10), 5)).toBe('𠮷𠮷𠮷𠮷…');
    expect(excerpt('  two\n lines ')).toBe('two lines');
  });

  it('reduces Markdown to words', () => {
    expect(plainComment('The **apology** [passage](https://example.org)\n\n> quoted `code`')).toBe('The apology passage quoted code');
    expect(plainComment('# Heading\n- one\n2. two\n> > nested')).toBe('Heading one two nested');
    expect(plainComment('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
  });

  it('keeps raw HTML as written, as the rendered view shows it, and keeps ">" and "#" inside sentences', () => {
    expect(plainComment('See <script>alert(1)</script> <b>here</b><!-- hidden -->')).toBe('See <script>alert(1)</script> <b>here</b><!-- hidden -->');
    expect(plainComment('Article 3 > Article 2, issue #4')).toBe('Article 3 > Article 2, issue #4');
    expect(plainComment('Source: <https://www.mofa.go.jp/>')).toBe('Source: https://www.mofa.go.jp/');
  });
});
