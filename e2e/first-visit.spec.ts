// A first visit fetches the build's files (scripts, stylesheets, fonts): the app's server sends them
// compressed once at start (brotli, to a browser that takes it) and marked as cached for a year,
// with the headers every response carries (lib/server/static-files.mjs).
import type { Response } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

test('a first visit to the reader gets its scripts and stylesheets compressed, and every file of the build cached for a year', async ({ page }) => {
  const files: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/')) files.push(response);
  });
  await open(page, '/documents/pyongyang-declaration');
  const texts = files.filter((f) => /\.(js|css)$/.test(new URL(f.url()).pathname));
  expect(texts.length).toBeGreaterThan(3);
  expect(files.some((f) => new URL(f.url()).pathname.endsWith('.woff2'))).toBe(true);
  for (const file of files) {
    const headers = await file.allHeaders();
    expect(file.status(), file.url()).toBe(200);
    expect(headers['cache-control'], file.url()).toBe('public,max-age=31536000,immutable');
    expect(headers['x-content-type-options'], file.url()).toBe('nosniff');
  }
  for (const file of texts) {
    // The server leaves files under 256 bytes as they are.
    if ((await file.body()).byteLength < 256) continue;
    expect((await file.allHeaders())['content-encoding'], file.url()).toBe('br');
  }
});

test('a reader whose page arrives in pieces sees the text at its final width before the notes panel has come', async ({ page }) => {
  const reader = '/documents/pyongyang-declaration';
  await open(page, reader);
  const whole = await page.locator('article.reader').boundingBox();
  // The same page cut off where the panel begins, as the browser may draw it while the rest is on its way.
  await page.route(`**${reader}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const panelStarts = html.lastIndexOf('<', html.indexOf('class="notes-toggle"'));
    await route.fulfill({ response, body: html.slice(0, panelStarts) });
  });
  await page.goto(reader);
  await expect(page.locator('.notes-panel')).toHaveCount(0);
  const early = await page.locator('article.reader').boundingBox();
  expect(whole?.width).toBeGreaterThan(500);
  expect(early?.width).toBeCloseTo(whole!.width, 0);
});

test('a reader whose font files come late sees the column controls and the text where they stay once the fonts arrive', async ({ page }) => {
  // Two columns at 1,280 px, where the controls just fit on one line in the page's own faces.
  const reader = '/documents/pyongyang-declaration?langs=en,ko';
  await page.setViewportSize({ width: 1280, height: 900 });
  const where = () =>
    page.evaluate(() => ({
      controls: document.querySelector<HTMLElement>('.column-controls')!.offsetHeight,
      text: Math.round(document.querySelector('.parallel')!.getBoundingClientRect().top),
    }));
  await open(page, reader);
  await page.evaluate(() => document.fonts.ready);
  const final = await where();
  // The same page drawn in the metric-matched stand-ins for good, as it is until the faces come.
  await page.route('**/*.woff2', (route) => route.abort());
  await open(page, reader);
  const standIns = await page.evaluate(() =>
    document.fonts.load('600 1em "Noto Sans Fallback"', 'Ab').then(
      (faces) => faces.length,
      () => 0,
    ),
  );
  test.skip(standIns === 0, 'no Arial or Liberation Sans Bold on this machine to stand in');
  expect(await where()).toEqual(final);
  await expectAccessible(page);
});
