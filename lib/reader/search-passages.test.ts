import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type DocumentContent } from '@/lib/content';
import { searchPassages } from '@/lib/reader/search-passages';

let declaration: DocumentContent;
beforeAll(async () => {
  declaration = await loadDocument('content/pyongyang-declaration');
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
    expect(searchPassages(declaration, 'ja', '双方', 3)).toMatchObject({ more: true, hits: { length: 3 } });
    expect(searchPassages(declaration, 'en', '  ').hits).toEqual([]);
    expect(searchPassages(declaration, 'fr', 'paix').hits).toEqual([]);
  });
});
