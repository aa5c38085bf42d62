import { describe, expect, it } from 'vitest';
import { listQuery } from '@/lib/annotations/client/api';

describe('listQuery', () => {
  it('asks the list API for a filter and a page, leaving out what is not chosen and trimming the words searched', () => {
    expect(listQuery({ scope: 'visible' }, { offset: 0, limit: 50 })).toBe('scope=visible&offset=0&limit=50');
    const query = new URLSearchParams(listQuery({ scope: 'mine', language: 'ko', color: 'green', tag: '용어', q: '  사죄 ' }, { offset: 100, limit: 50 }));
    expect(Object.fromEntries(query)).toEqual({ scope: 'mine', language: 'ko', color: 'green', tag: '용어', q: '사죄', offset: '100', limit: '50' });
    expect(listQuery({ scope: 'visible', q: '   ' }, { offset: 0, limit: 1 })).toBe('scope=visible&offset=0&limit=1');
  });
});
