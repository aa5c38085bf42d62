// The stand-ins of app/fonts/fallbacks.css must match the faces they stand in for, as next/font
// would compute them (its adjustFontFallback, done by hand there so that Liberation Sans counts).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinRange } from '@/lib/fonts/charsets';

const require = createRequire(import.meta.url);
type Metrics = { ascentOverride: string; descentOverride: string; lineGapOverride: string; sizeAdjust: string };
type Font = { unitsPerEm: number; ascent: number; descent: number; lineGap: number; glyphsForString(text: string): { advanceWidth: number }[] };
// As next/font's local loader loads it.
const fontkitModule = require('next/dist/compiled/@next/font/dist/fontkit') as {
  default: ((buffer: Buffer) => Font) | { default: (buffer: Buffer) => Font };
};
const openFont = typeof fontkitModule.default === 'function' ? fontkitModule.default : fontkitModule.default.default;
const { getFallbackMetricsFromFontFile } = require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file') as {
  getFallbackMetricsFromFontFile(font: Font, category: 'sans-serif'): Metrics;
};

// next/font's own measure of a font's average width (calcAverageWidth), and the stand-ins' averages
// by it in em: Arial's is next/font's constant; Arial Bold's is Liberation Sans Bold's, its metric twin.
const averaged = 'aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      ';
const standInAverage = { 400: 934.5116279069767 / 2048, 600: 1011.046511627907 / 2048 };

/** The figures next/font computes for a face against Arial, computed against the stand-in of its own weight. */
function against(font: Font, weight: 400 | 600): Metrics {
  const widths = font.glyphsForString(averaged).map((glyph) => glyph.advanceWidth);
  const sizeAdjust = widths.reduce((sum, width) => sum + width, 0) / widths.length / font.unitsPerEm / standInAverage[weight];
  const pct = (value: number) => `${Math.abs(value * 100).toFixed(2)}%`;
  return {
    ascentOverride: pct(font.ascent / (font.unitsPerEm * sizeAdjust)),
    descentOverride: pct(font.descent / (font.unitsPerEm * sizeAdjust)),
    lineGapOverride: pct(font.lineGap / (font.unitsPerEm * sizeAdjust)),
    sizeAdjust: pct(sizeAdjust),
  };
}

async function expected(file: string, weight: 400 | 600): Promise<Metrics> {
  const font = openFont(await readFile(file));
  const metrics = against(font, weight);
  // Against Arial this is next/font's own computation, to the digit.
  if (weight === 400) expect(getFallbackMetricsFromFontFile(font, 'sans-serif')).toMatchObject(metrics);
  return metrics;
}

const weightOf = (face: string) => (face.includes('font-weight: 600;') ? 600 : 400);
const subset = (name: string) => path.join(process.cwd(), 'app', 'fonts', 'subset', name);

async function declared(family: string): Promise<string[]> {
  const css = await readFile(path.join(process.cwd(), 'app', 'fonts', 'fallbacks.css'), 'utf8');
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '').filter((body) => body.includes(`'${family}'`));
}

function figures(metrics: Metrics): string[] {
  const pct = (value: string) => `${parseFloat(value)}%`;
  return [
    `size-adjust: ${pct(metrics.sizeAdjust)};`,
    `ascent-override: ${pct(metrics.ascentOverride)};`,
    `descent-override: ${pct(metrics.descentOverride)};`,
    `line-gap-override: ${pct(metrics.lineGapOverride)};`,
  ];
}

describe('the metric-matched stand-ins', () => {
  it('scale Arial and Arial Bold to Noto Sans as next/font computes it, each weight against its own', async () => {
    const faces = await declared('Noto Sans Fallback');
    expect(faces.map(weightOf)).toEqual([400, 600]);
    for (const face of faces) {
      const weight = weightOf(face);
      const metrics = await expected(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`), weight);
      for (const line of figures(metrics)) expect(face).toContain(line);
    }
  });

  it('scale Arial and Arial Bold to the Latin of Noto Sans KR and JP, which share one set of figures per weight', async () => {
    const faces = await declared('Noto Sans CJK Fallback');
    expect(faces.map(weightOf)).toEqual([400, 600]);
    for (const face of faces) {
      const weight = weightOf(face);
      const kr = await expected(subset(`noto-sans-kr-${weight}.woff2`), weight);
      expect(await expected(subset(`noto-sans-jp-${weight}.woff2`), weight)).toEqual(kr);
      for (const line of figures(kr)) expect(face).toContain(line);
    }
  });

  it('hold only the Latin range, so that other characters reach a Noto face', async () => {
    for (const face of [...(await declared('Noto Sans Fallback')), ...(await declared('Noto Sans CJK Fallback'))]) {
      expect(face.replace(/\s/g, '')).toContain(`unicode-range:${latinRange};`);
      expect(face).toMatch(/local\('Liberation Sans( Bold)?'\)/);
    }
  });

  it('name Arial and Liberation Sans once each, by full name: every name missed is a lookup in the first layout', async () => {
    const expectedSources = {
      400: "local('Arial'), local('Liberation Sans'), local('Arimo'), local('Arimo-Regular')",
      600: "local('Arial Bold'), local('Liberation Sans Bold'), local('Arimo Bold'), local('Arimo-Bold')",
    };
    for (const face of [...(await declared('Noto Sans Fallback')), ...(await declared('Noto Sans CJK Fallback'))]) {
      expect(face).toContain(`src: ${expectedSources[weightOf(face) as 400 | 600]};`);
    }
  });
});
