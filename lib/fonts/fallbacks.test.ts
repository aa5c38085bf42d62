// The stand-ins of app/fonts/fallbacks.css must match the faces they stand in for, as next/font
// would compute them (its adjustFontFallback, done by hand there so that Liberation Sans counts).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinRange } from '@/lib/fonts/charsets';

const require = createRequire(import.meta.url);
type Metrics = { ascentOverride: string; descentOverride: string; lineGapOverride: string; sizeAdjust: string };
// As next/font's local loader loads it.
const fontkitModule = require('next/dist/compiled/@next/font/dist/fontkit') as {
  default: ((buffer: Buffer) => unknown) | { default: (buffer: Buffer) => unknown };
};
const openFont = typeof fontkitModule.default === 'function' ? fontkitModule.default : fontkitModule.default.default;
const { getFallbackMetricsFromFontFile } = require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file') as {
  getFallbackMetricsFromFontFile(font: unknown, category: 'sans-serif'): Metrics;
};

async function expected(file: string): Promise<Metrics> {
  return getFallbackMetricsFromFontFile(openFont(await readFile(file)), 'sans-serif');
}

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
  it('scale Arial to Noto Sans as next/font computes it, in both weights', async () => {
    const metrics = await expected(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));
    const faces = await declared('Noto Sans Fallback');
    expect(faces).toHaveLength(2);
    for (const face of faces) for (const line of figures(metrics)) expect(face).toContain(line);
  });

  it('scale Arial to the Latin of Noto Sans KR and JP, which share one set of figures', async () => {
    const kr = await expected(path.join(process.cwd(), 'app', 'fonts', 'subset', 'noto-sans-kr-400.woff2'));
    const jp = await expected(path.join(process.cwd(), 'app', 'fonts', 'subset', 'noto-sans-jp-400.woff2'));
    expect(jp).toEqual(kr);
    const faces = await declared('Noto Sans CJK Fallback');
    expect(faces).toHaveLength(2);
    for (const face of faces) for (const line of figures(kr)) expect(face).toContain(line);
  });

  it('hold only the Latin range, so that other characters reach a Noto face', async () => {
    for (const face of [...(await declared('Noto Sans Fallback')), ...(await declared('Noto Sans CJK Fallback'))]) {
      expect(face.replace(/\s/g, '')).toContain(`unicode-range:${latinRange};`);
      expect(face).toMatch(/local\('Liberation Sans( Bold)?'\)/);
    }
  });
});
