import { describe, expect, it } from 'vitest';
import { afterPage, nextPage, pageLimit, pageOverlap } from '@/lib/annotations/client/more-notes';

describe('drawing more notes', () => {
  it('asks for nothing once everything is loaded', () => {
    expect(nextPage({ loaded: 1000, total: 1000 })).toBeNull();
    expect(nextPage({ loaded: 3, total: 2 })).toBeNull();
  });

  it('asks for a full page starting a little before the end of what is loaded', () => {
    expect(nextPage({ loaded: 1000, total: 1600 })).toEqual({ offset: 1000 - pageOverlap, limit: pageLimit });
    expect(nextPage({ loaded: 10, total: 20 })).toEqual({ offset: 0, limit: pageLimit });
  });

  it('follows the total the server gives, and stops at a short page', () => {
    expect(afterPage({ offset: 975, items: new Array(pageLimit).fill(0), total: 2000 })).toEqual({ loaded: 1475, total: 2000 });
    expect(afterPage({ offset: 975, items: new Array(30).fill(0), total: 1100 })).toEqual({ loaded: 1005, total: 1005 });
    expect(afterPage({ offset: 1475, items: [], total: 1475 })).toEqual({ loaded: 1475, total: 1475 });
  });
});
