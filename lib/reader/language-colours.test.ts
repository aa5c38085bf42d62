import { describe, expect, it } from 'vitest';
import { languageColours } from '@/lib/reader/language-colours';

const languages = (...codes: string[]) => ({ languages: codes.map((code) => ({ code })) }) as unknown as Parameters<typeof languageColours>[0];

describe('languageColours', () => {
  it('gives each language the colour of its place in the document, whatever the columns shown', () => {
    expect(languageColours(languages('en', 'ko', 'ja'))).toEqual({ en: 0, ko: 1, ja: 2 });
  });

  it('reuses the colours beyond four languages', () => {
    expect(languageColours(languages('en', 'ko', 'ja', 'zh', 'ru'))).toMatchObject({ zh: 3, ru: 0 });
  });
});
