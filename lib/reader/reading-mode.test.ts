import { describe, expect, it } from 'vitest';
import { modeQuery, parseReadingMode, shownInFull } from '@/lib/reader/reading-mode';

describe('parseReadingMode', () => {
  it('reads the three modes and takes anything else for columns', () => {
    expect(parseReadingMode('interleaved')).toBe('interleaved');
    expect(parseReadingMode('single')).toBe('single');
    expect(parseReadingMode(['single', 'columns'])).toBe('single');
    expect(parseReadingMode(undefined)).toBe('columns');
    expect(parseReadingMode('SINGLE')).toBe('columns');
    expect(parseReadingMode('<script>')).toBe('columns');
  });
});

describe('modeQuery', () => {
  it('leaves the default out of the address', () => {
    expect(modeQuery('columns')).toBe('');
    expect(modeQuery('single')).toBe('&mode=single');
  });
});

describe('shownInFull', () => {
  it('shows the first language in full and the others as counterparts in the single-language mode', () => {
    expect(shownInFull('single', ['ko', 'en', 'ja'])).toEqual({ full: ['ko'], counterparts: ['en', 'ja'] });
    expect(shownInFull('interleaved', ['ko', 'en'])).toEqual({ full: ['ko', 'en'], counterparts: [] });
  });
});
