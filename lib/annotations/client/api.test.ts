import { describe, expect, it } from 'vitest';
import { listQuery } from '@/lib/annotations/client/api';

describe('listQuery', () => {
  it('asks the list API for a filter and a page, leaving out what is not chosen and trimming the words searched', () => {
    expect(listQuery({ scope: 'visible' }, { offset: 0, limit: 50 })).toBe('scope=visible&offset=0&limit=50');
    const query = new URLSearchParams(listQuery({ scope: 'mine', language: 'ko', color: 'green', tag: '용어', q: '  사죄 ' }, { offset: 100, limit: 50 }));
    expect(Object.fromEntries(query)).toEqual({ scope: 'mine', language: 'ko', color: 'green', tag: '용어', q: '사죄', offset: '100', limit: '50' });
    expect(listQuery({ scope: 'visible', q: '   ' }, { offset: 0, limit: 1 })).toBe('scope=visible&offset=0&limit=1');
  });

  it('asks for a group’s notes and for open or resolved threads as the API spells them', () => {
    const group = '5e5e5e5e-0000-4000-8000-000000000001';
    expect(Object.fromEntries(new URLSearchParams(listQuery({ scope: 'visible', group, resolved: false }, { offset: 0, limit: 5 })))).toEqual({
      scope: 'visible',
      group,
      resolved: 'false',
      offset: '0',
      limit: '5',
    });
    expect(listQuery({ scope: 'visible', resolved: true }, { offset: 0, limit: 5 })).toBe('scope=visible&resolved=true&offset=0&limit=5');
  });
});
