import { describe, expect, it } from 'vitest';
import { storedAnchor } from '@/lib/anchoring/stored-anchor';

const target = { start: 4, end: 8, exact: 'sides', prefix: 'Both ', suffix: ' agreed' };

describe('storedAnchor', () => {
  it('reads an anchored span where it was made, or where sync found it', () => {
    expect(storedAnchor(target, { status: 'anchored', start: null, end: null }, 'Both sides agreed')).toEqual({
      status: 'anchored',
      start: 4,
      end: 8,
      moved: false,
    });
    expect(storedAnchor(target, { status: 'anchored', start: 9, end: 14 }, 'The two sides agreed')).toMatchObject({ start: 9, end: 14, moved: true });
  });

  it('gives an uncertain span the text found there, and says whether the quote itself changed', () => {
    expect(storedAnchor(target, { status: 'uncertain', start: 8, end: 13 }, 'The two sides met')).toEqual({
      status: 'uncertain',
      start: 8,
      end: 13,
      moved: true,
      reason: 'context-changed',
      found: 'sides',
    });
    expect(storedAnchor(target, { status: 'uncertain', start: 8, end: 12 }, 'The two side met')).toMatchObject({ reason: 'quote-changed', found: 'side' });
  });

  it('orphans a span whose segment text is gone, whatever was stored', () => {
    expect(storedAnchor(target, { status: 'anchored', start: null, end: null }, undefined)).toEqual({ status: 'orphaned', reason: 'segment-missing' });
    expect(storedAnchor(target, { status: 'orphaned', start: null, end: null }, 'x')).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });
});
