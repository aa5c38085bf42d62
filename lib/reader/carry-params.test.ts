import { describe, expect, it } from 'vitest';
import { carryParams } from '@/lib/reader/carry-params';

describe('carryParams', () => {
  it('keeps the panel filters when the columns or the mode change', () => {
    expect(carryParams('/documents/d?langs=ko,en&mode=interleaved', '?langs=en,ko&notes=mine&notes-tag=apology')).toBe(
      '/documents/d?langs=ko,en&mode=interleaved&notes=mine&notes-tag=apology',
    );
  });

  it('lets the new address decide what it sets itself', () => {
    expect(carryParams('/documents/d?langs=ja&mode=single', 'langs=en,ko&mode=columns')).toBe('/documents/d?langs=ja&mode=single');
  });

  it('leaves out a layout parameter the new address leaves out (the default mode)', () => {
    expect(carryParams('/documents/d?langs=ko,en', 'langs=ko,en&mode=single&notes=mine')).toBe('/documents/d?langs=ko,en&notes=mine');
  });

  it('lets the new address decide the texts shown, also by leaving them out (every language’s own text)', () => {
    expect(carryParams('/documents/d?langs=en,ja&witness=ja.working', 'langs=en&witness=ja.first&notes=mine')).toBe(
      '/documents/d?langs=en,ja&witness=ja.working&notes=mine',
    );
    expect(carryParams('/documents/d?langs=en', 'langs=en,ja&witness=ja.working&notes=mine')).toBe('/documents/d?langs=en&notes=mine');
  });

  it('keeps the hash after the query, and works with nothing to carry', () => {
    expect(carryParams('/documents/d?langs=en#p-3', 'notes-q=a%20b')).toBe('/documents/d?langs=en&notes-q=a+b#p-3');
    expect(carryParams('/documents/d?langs=en', '')).toBe('/documents/d?langs=en');
  });

  it('keeps repeated parameters', () => {
    expect(carryParams('/x', 'a=1&a=2')).toBe('/x?a=1&a=2');
  });
});
