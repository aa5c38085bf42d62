import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type DocumentContent } from '@/lib/content';
import { backToReader } from '@/lib/reader/back-to-reader';
import { readerQuery } from '@/lib/reader/columns';

let document: DocumentContent;
beforeAll(async () => {
  document = await loadDocument(path.resolve(import.meta.dirname, '../content/fixtures/two-witnesses'));
});

describe('backToReader', () => {
  it('leads back to the reader with the columns, mode and texts it showed, to a passage if asked', () => {
    const back = backToReader(document, { language: 'ja', a: 'default', b: 'first', langs: 'ja,en', mode: 'interleaved', witness: 'ja.first' });
    expect(back.path()).toBe('/documents/two-witnesses?langs=ja,en&mode=interleaved&witness=ja.first');
    expect(back.path('p2')).toBe('/documents/two-witnesses?langs=ja,en&mode=interleaved&witness=ja.first#p2');
    expect(back.carried).toEqual([
      ['langs', 'ja,en'],
      ['mode', 'interleaved'],
      ['witness', 'ja.first'],
    ]);
  });

  it('drops what the reader would not read (an unknown text or language), and with no columns in the address leads to the plain reader', () => {
    expect(backToReader(document, { langs: 'en,ja', witness: 'ja.nope' }).path()).toBe('/documents/two-witnesses?langs=en,ja');
    expect(backToReader(document, { langs: 'fr' })).toMatchObject({ carried: [] });
    expect(backToReader(document, { langs: 'fr' }).path('p1')).toBe('/documents/two-witnesses#p1');
    expect(backToReader(document, {}).path()).toBe('/documents/two-witnesses');
  });

  it('gives the query a reader path carries', () => {
    expect(readerQuery(['en', 'ja'], 'single')).toBe('langs=en,ja&mode=single');
    expect(readerQuery(['en'])).toBe('langs=en');
  });
});
