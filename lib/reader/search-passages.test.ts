import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type DocumentContent } from '@/lib/content';
import { searchPassages } from '@/lib/reader/search-passages';

let declaration: DocumentContent;
let twoTexts: DocumentContent;
beforeAll(async () => {
  declaration = await loadDocument('content/pyongyang-declaration');
  twoTexts = await loadDocument(path.resolve(import.meta.dirname, '../content/fixtures/two-witnesses'));
});

describe('searchPassages', () => {
  it('finds a word in one column, ignoring case, with its context and its counterparts', () => {
    const { hits, more } = searchPassages(declaration, 'en', 'APOLOGY');
    expect(more).toBe(false);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ segmentId: 's2-p1', language: 'en', match: 'apology', after: '.' });
    expect(hit!.before.endsWith('deep remorse and heartfelt ')).toBe(true);
    expect(hit!.counterparts.map((c) => `${c.language} ${c.method} ${c.exact}`)).toEqual([
      'ko phrase-alignment 통절한 반성과 마음으로부터의 사죄',
      'ja phrase-alignment 痛切な反省と心からのお詫び',
    ]);
  });

  it('finds every occurrence in a script without spaces, and says where the passage answers when no phrase is aligned', () => {
    const { hits } = searchPassages(declaration, 'ja', '双方');
    expect(hits.length).toBeGreaterThan(10);
    expect(new Set(hits.map((h) => h.segmentId)).size).toBeGreaterThan(8);
    const plain = hits.find((h) => h.counterparts.every((c) => c.method === 'segment'))!;
    expect(plain.counterparts.map((c) => c.language)).toEqual(['en', 'ko']);
  });

  it('stops at the limit and says there is more; finds nothing for blank text', () => {
    expect(searchPassages(declaration, 'ja', '双方', { limit: 3 })).toMatchObject({ more: true, hits: { length: 3 } });
    expect(searchPassages(declaration, 'en', '  ').hits).toEqual([]);
    expect(searchPassages(declaration, 'fr', 'paix').hits).toEqual([]);
  });

  it('searches the text a column shows when it is another text of its language, and names that text in each hit', () => {
    // 深い is only in the text "first"; 痛切な only in the main Japanese text.
    const first = searchPassages(twoTexts, 'ja', '深い', { witness: 'first' });
    expect(first.hits).toHaveLength(1);
    expect(first.hits[0]).toMatchObject({ segmentId: 'p2', language: 'ja', witness: 'first', match: '深い', start: 5, end: 7 });
    expect(first.hits[0]!.counterparts.map((c) => `${c.language} ${c.method}`)).toEqual(['en segment']);
    expect(searchPassages(twoTexts, 'ja', '深い').hits).toEqual([]);
    expect(searchPassages(twoTexts, 'ja', '痛切な', { witness: 'first' }).hits).toEqual([]);
    const main = searchPassages(twoTexts, 'ja', '痛切な');
    expect(main.hits).toHaveLength(1);
    expect(main.hits[0]).not.toHaveProperty('witness');
  });

  it('finds nothing in a text the language does not have', () => {
    expect(searchPassages(twoTexts, 'ja', '双方', { witness: 'second' })).toEqual({ hits: [], more: false });
  });
});
