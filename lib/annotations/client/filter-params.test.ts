import { describe, expect, it } from 'vitest';
import { filterFromParams, onlyTyping, queryText, withFilterParams } from '@/lib/annotations/client/filter-params';

const params = (query: string) => new URLSearchParams(query);

describe('filterFromParams', () => {
  it('reads every filter from the address', () => {
    expect(filterFromParams(params('notes=mine&notes-lang=ko&notes-colour=blue&notes-tag=apology&notes-q=past%20'))).toEqual({
      scope: 'mine',
      language: 'ko',
      color: 'blue',
      tag: 'apology',
      q: 'past ',
    });
  });

  it('reads "Comparisons" as notes-compare=true, and anything else there as no such filter', () => {
    expect(filterFromParams(params('notes-compare=true&notes-lang=en'))).toEqual({ scope: 'visible', language: 'en', crossLanguage: true });
    expect(filterFromParams(params('notes-compare=false'))).toEqual({ scope: 'visible' });
    expect(filterFromParams(params('notes-compare=yes'))).toEqual({ scope: 'visible' });
    expect(withFilterParams(params('langs=en,ja'), { scope: 'visible', crossLanguage: true }).toString()).toBe('langs=en%2Cja&notes-compare=true');
    expect(withFilterParams(params('notes-compare=true'), { scope: 'visible', crossLanguage: false }).toString()).toBe('');
  });

  it('takes no filter for an address without any, and drops a bad value but keeps the others', () => {
    expect(filterFromParams(params('langs=en,ko&mode=single'))).toEqual({ scope: 'visible' });
    expect(filterFromParams(params('notes=everyone&notes-colour=red&notes-lang=ja'))).toEqual({ scope: 'visible', language: 'ja' });
    expect(filterFromParams(params(`notes-q=${'x'.repeat(201)}`))).toEqual({ scope: 'visible' });
    expect(filterFromParams(params('notes-tag=a,b&notes-lang=KO&notes-q=two%0Alines'))).toEqual({ scope: 'visible' });
  });
});

describe('withFilterParams', () => {
  it('writes the filter beside the other parameters, leaving defaults out', () => {
    const written = withFilterParams(params('langs=en,ko&notes-tag=old'), { scope: 'mine', color: 'pink', q: '평양' });
    expect(written.toString()).toBe('langs=en%2Cko&notes=mine&notes-colour=pink&notes-q=%ED%8F%89%EC%96%91');
    expect(withFilterParams(written, { scope: 'visible' }).toString()).toBe('langs=en%2Cko');
  });

  it('reads back what it wrote', () => {
    const filter = { scope: 'mine' as const, language: 'en', color: 'green' as const, tag: '지명 이름', q: 'a & b' };
    expect(filterFromParams(withFilterParams(params(''), filter))).toEqual(filter);
  });

  it('keeps a group and open or resolved threads in the address, and drops a group id that is not one', () => {
    const filter = { scope: 'visible' as const, group: '5e5e5e5e-0000-4000-8000-000000000001', resolved: false };
    expect(filterFromParams(withFilterParams(params(''), filter))).toEqual(filter);
    expect(filterFromParams(params('notes-group=seminar&notes-resolved=yes'))).toEqual({ scope: 'visible' });
  });
});

describe('onlyTyping', () => {
  it('tells more typing from a new choice', () => {
    expect(onlyTyping({ scope: 'visible', q: 'pa' }, { scope: 'visible', q: 'pas' })).toBe(true);
    expect(onlyTyping({ scope: 'visible' }, { scope: 'visible', q: 'p' })).toBe(false);
    expect(onlyTyping({ scope: 'visible', q: 'p' }, { scope: 'mine', q: 'p' })).toBe(false);
    expect(onlyTyping({ scope: 'visible', q: 'p' }, { scope: 'visible', q: 'p', resolved: true })).toBe(false);
  });
});

describe('queryText', () => {
  it('keeps the commas of langs readable, and reads back the same', () => {
    const written = withFilterParams(params('langs=en,ko,ja'), { scope: 'visible', q: 'a, b' });
    expect(queryText(written)).toBe('langs=en,ko,ja&notes-q=a,+b');
    expect(filterFromParams(params(queryText(written))).q).toBe('a, b');
  });
});
