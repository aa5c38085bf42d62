import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, parseHex } from '@/lib/reader/contrast';

const css = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const reader = css('components/reader/reader.css');
const globals = css('app/globals.css');

/** The value of a custom property or declaration in the first rule whose selector is `selector`. */
function declared(sheet: string, selector: string, property: string): string {
  const rule = sheet.split('}').find((block) =>
    block
      .split('{')[0]!
      .trim()
      .split(/\s*,\s*/)
      .includes(selector),
  );
  const value = rule?.match(new RegExp(`${property}:\\s*(#[0-9a-fA-F]{3,6})\\b`))?.[1];
  if (!value) throw new Error(`${selector} { ${property} } not found`);
  return value;
}

describe('contrastRatio', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBe(contrastRatio('#000', '#fff'));
    expect(luminance('#ffffff')).toBe(1);
    expect(() => parseHex('blue')).toThrow();
  });
});

describe('the reader’s language colours', () => {
  const page = declared(globals, ':root', '--bg');
  const surface = declared(globals, ':root', '--surface');
  const hoverTint = declared(reader, '.segment-row:hover > .segment-cell', 'background');
  const colours = [0, 1, 2, 3].map((n) => declared(reader, `[data-colour='${n}']`, '--column-colour'));

  it('draw a counterpart’s edge at 3:1 or more against the page, the tint under the pointer and a card', () => {
    for (const colour of colours) {
      expect(contrastRatio(colour, page), `${colour} on the page ${page}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, hoverTint), `${colour} on the hover tint ${hoverTint}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, surface), `${colour} on a card ${surface}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('are four different colours', () => {
    expect(new Set(colours).size).toBe(4);
  });
});
