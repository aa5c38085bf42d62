// A first visit fetches the build's files (scripts, stylesheets, fonts): the app's server sends them
// compressed once at start (brotli, to a browser that takes it) and marked as cached for a year,
// with the headers every response carries (lib/server/static-files.mjs).
import type { Response } from '@playwright/test';
import { expect, test } from './fixtures';
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
