import { describe, expect, it } from 'vitest';
import { creditLine } from '@/lib/annotations/credit';

describe('creditLine', () => {
  it('names the author and the day the words were written', () => {
    expect(creditLine({ id: 'https://x.example/a/1', creatorName: 'Alice Kim', creatorId: null, created: '2026-12-01T23:30:00.000Z' })).toBe(
      'from Alice Kim’s notes, 1 Dec 2026',
    );
  });

  it('says so plainly when the file named no author and no date', () => {
    expect(creditLine({ id: 'https://x.example/a/1', creatorName: null, creatorId: null, created: null })).toBe('from someone else’s notes');
  });
});
