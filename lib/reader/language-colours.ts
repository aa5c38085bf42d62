import type { DocumentContent } from '@/lib/content';

/**
 * Each language's colour, by its place in the document (not the column it is shown in), so that
 * a language keeps its colour wherever its column goes. reader.css draws `data-colour`.
 */
export function languageColours(document: Pick<DocumentContent, 'languages'>): Record<string, number> {
  return Object.fromEntries(document.languages.map((language, index) => [language.code, index % colourCount]));
}

const colourCount = 4;
