import { describe, expect, it } from 'vitest';
import { excerpt, formatMoment, notesOnText, plainComment } from '@/lib/annotations/client/wording';

describe('wording', () => {
  it('counts notes on another text', () => {
    expect(notesOnText(1, 'Korean')).toBe('1 note on the Korean text');
    expect(notesOnText(3, 'Japanese')).toBe('3 notes on the Japanese text');
  });

  it('says a moment the same way everywhere', () => {
    expect(formatMoment('2026-11-23T14:22:20.245Z')).toBe('23 Nov 2026, 14:22 UTC');
    expect(formatMoment('not a date')).toBe('not a date');
  });

  it('cuts long texts at whole characters', () => {
    expect(excerpt('𠮷'.repeat(10), 5)).toBe('𠮷𠮷𠮷𠮷…');
    expect(excerpt('  two\n lines ')).toBe('two lines');
  });

  it('reduces Markdown to words', () => {
    expect(plainComment('The **apology** [passage](https://example.org)\n\n> quoted `code`')).toBe('The apology passage quoted code');
  });
});
