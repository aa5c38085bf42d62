import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type DocumentContent } from '@/lib/content';
import { readerPath } from '@/lib/reader/columns';
import { parseWitnessChoice, shownLanguage, witnessQuery, withWitness } from '@/lib/reader/witness-choice';

let document: DocumentContent;
beforeAll(async () => {
  document = await loadDocument(path.resolve(import.meta.dirname, '../content/fixtures/two-witnesses'));
});

describe('parseWitnessChoice', () => {
  it('reads another text of a language from the address, and a language’s own text as no choice at all', () => {
    expect(parseWitnessChoice('ja.first', document)).toEqual({ chosen: { ja: 'first' }, problems: [] });
    expect(parseWitnessChoice(['ja'], document)).toEqual({ chosen: {}, problems: [] });
    expect(parseWitnessChoice('ja.default', document)).toEqual({ chosen: {}, problems: [] });
    expect(parseWitnessChoice(undefined, document)).toEqual({ chosen: {}, problems: [] });
  });

  it('explains a text or language the document lacks, or two texts of one language, and shows the rest', () => {
    expect(parseWitnessChoice('ja.authentic', document)).toEqual({ chosen: {}, problems: ['This document has no text “authentic” of ja.'] });
    expect(parseWitnessChoice('ko.first,ja.first', document)).toEqual({ chosen: { ja: 'first' }, problems: ['This document has no language “ko”.'] });
    expect(parseWitnessChoice(['ja.first', 'ja'], document).problems).toEqual(['The address names more than one text of ja.']);
    expect(parseWitnessChoice('x'.repeat(300), document).problems).toEqual(['The texts in this address are too long to read (300 characters).']);
  });
});

describe('the address of a chosen text', () => {
  it('keeps the chosen texts in the reader’s address with the columns and the mode, and leaves the own texts out', () => {
    const chosen = withWitness({}, 'ja', 'first');
    expect(readerPath('two-witnesses', ['en', 'ja'], 'p2', 'interleaved', chosen)).toBe(
      '/documents/two-witnesses?langs=en,ja&mode=interleaved&witness=ja.first#p2',
    );
    expect(readerPath('two-witnesses', ['en', 'ja'], undefined, 'columns', withWitness(chosen, 'ja', 'default'))).toBe('/documents/two-witnesses?langs=en,ja');
    expect(witnessQuery({ ja: 'first', en: 'draft' })).toBe('&witness=en.draft,ja.first');
  });
});

describe('shownLanguage', () => {
  it('gives a column the provenance of the text it shows, never its own text’s', () => {
    const ja = document.languages.find((l) => l.code === 'ja')!;
    expect(shownLanguage(document, ja, {})).toMatchObject({ witness: 'default', source: 'Accord test fixture, revised working translation' });
    expect(shownLanguage(document, ja, { ja: 'first' })).toMatchObject({
      code: 'ja',
      witness: 'first',
      source: 'Accord test fixture, first working translation',
      status: 'working-translation',
      statusNote: 'A test fixture, not a text of any document.',
    });
  });
});
