import { describe, expect, it } from 'vitest';
import { langsParamValue, listNames, parseLangs, resolveColumns } from '@/lib/reader/langs';

const declaration = [
  { code: 'en', name: 'English' },
  { code: 'ko', name: 'Korean' },
  { code: 'ja', name: 'Japanese' },
];

describe('parseLangs', () => {
  it('reads codes in the order given', () => {
    expect(parseLangs('ko,en', declaration)).toEqual({ codes: ['ko', 'en'], problems: [] });
  });

  it('matches codes whatever their case and ignores stray spaces and commas', () => {
    expect(parseLangs(' JA , ,en,', declaration)).toEqual({ codes: ['ja', 'en'], problems: [] });
  });

  it('names an unknown code and keeps the known ones', () => {
    expect(parseLangs('en,xx', declaration)).toEqual({ codes: ['en'], problems: ['This document has no language “xx”.'] });
  });

  it('says when a language is listed twice and keeps its first place', () => {
    expect(parseLangs('ko,en,ko,ko', declaration)).toEqual({ codes: ['ko', 'en'], problems: ['Korean (ko) is listed more than once.'] });
  });

  it('says when no language is asked for', () => {
    expect(parseLangs(' , ', declaration).codes).toEqual([]);
    expect(parseLangs('', declaration).problems).toEqual(['This address asks for no languages (“langs” is empty).']);
  });

  it('refuses an overlong value without echoing it', () => {
    const { codes, problems } = parseLangs('en,'.repeat(100), declaration);
    expect(codes).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/too long/);
  });

  it('shortens a long unknown code in its message', () => {
    const { problems } = parseLangs('a'.repeat(60), declaration);
    expect(problems[0]!.length).toBeLessThan(70);
  });
});

describe('resolveColumns', () => {
  it('shows the first three languages when nothing is asked or remembered', () => {
    expect(resolveColumns({ param: undefined, remembered: undefined, languages: declaration })).toEqual({
      codes: ['en', 'ko', 'ja'],
      from: 'default',
      problems: [],
    });
  });

  it('shows at most three columns by default', () => {
    const four = [...declaration, { code: 'zh', name: 'Chinese' }];
    expect(resolveColumns({ param: undefined, remembered: undefined, languages: four }).codes).toEqual(['en', 'ko', 'ja']);
  });

  it('uses the remembered choice when the address has none', () => {
    expect(resolveColumns({ param: undefined, remembered: 'ja,ko', languages: declaration })).toEqual({
      codes: ['ja', 'ko'],
      from: 'remembered',
      problems: [],
    });
  });

  it('lets the address win over the remembered choice', () => {
    expect(resolveColumns({ param: 'ko', remembered: 'ja,en', languages: declaration })).toEqual({ codes: ['ko'], from: 'address', problems: [] });
  });

  it('keeps the remembered languages a single-language document has', () => {
    expect(resolveColumns({ param: undefined, remembered: 'ko,en', languages: [{ code: 'en', name: 'English' }] })).toEqual({
      codes: ['en'],
      from: 'remembered',
      problems: [],
    });
  });

  it('falls back to the default when the remembered choice names nothing here', () => {
    expect(resolveColumns({ param: undefined, remembered: 'fr,de', languages: declaration })).toEqual({
      codes: ['en', 'ko', 'ja'],
      from: 'default',
      problems: [],
    });
  });

  it('falls back to the remembered choice, with the problem, when the address names nothing usable', () => {
    expect(resolveColumns({ param: 'xx', remembered: 'ko', languages: declaration })).toEqual({
      codes: ['ko'],
      from: 'remembered',
      problems: ['This document has no language “xx”.'],
    });
  });

  it('shows what it can of a partly bad address and reports the rest', () => {
    expect(resolveColumns({ param: 'en,en,xx', remembered: undefined, languages: declaration })).toEqual({
      codes: ['en'],
      from: 'address',
      problems: ['English (en) is listed more than once.', 'This document has no language “xx”.'],
    });
  });

  it('treats an empty value as a problem, not as "no preference"', () => {
    const view = resolveColumns({ param: '', remembered: undefined, languages: declaration });
    expect(view.codes).toEqual(['en', 'ko', 'ja']);
    expect(view.problems).toHaveLength(1);
  });
});

describe('langsParamValue', () => {
  it('joins a repeated parameter into one list', () => {
    expect(langsParamValue(['en', 'ko'])).toBe('en,ko');
    expect(langsParamValue('ja')).toBe('ja');
    expect(langsParamValue(undefined)).toBeUndefined();
  });
});

describe('listNames', () => {
  it('reads as a sentence', () => {
    expect(listNames(['en'], declaration)).toBe('English');
    expect(listNames(['ko', 'en'], declaration)).toBe('Korean and English');
    expect(listNames(['ja', 'ko', 'en'], declaration)).toBe('Japanese, Korean and English');
  });
});
