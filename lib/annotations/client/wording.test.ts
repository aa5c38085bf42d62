import { describe, expect, it } from 'vitest';
import { excerpt, languageCodes } from '@/lib/annotations/client/wording';

describe('wording', () => {
  it('names the languages of a passage’s other notes by their codes', () => {
    expect(languageCodes(['en', 'ko'])).toBe('EN KO');
  });

  it('cuts long texts at whole characters', () => {
    expect(excerpt('𠮷'.repeat(10), 5)).toBe('𠮷𠮷𠮷𠮷…');
    expect(excerpt('  two\n lines ')).toBe('two lines');
  });
});
