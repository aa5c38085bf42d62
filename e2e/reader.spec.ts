import type { Locator, Page } from '@playwright/test';
import { annotate, createReader, marksOf, openDeclaration, panel } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

const declaration = '/documents/pyongyang-declaration';
const columnControls = (page: Page) => page.getByRole('navigation', { name: 'Columns' });
/** The language codes of the columns, left to right, as the segment texts of one row show them. */
const columnsOf = (page: Page, segmentId = 's2-p1') =>
  page.locator(`[id="${segmentId}"] [data-segment-id="${segmentId}"]`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-lang')));
const segmentText = (page: Page, segmentId: string, lang: string) => page.locator(`[data-segment-id="${segmentId}"][data-lang="${lang}"]`);

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return box.y;
}

test('a reader opens the declaration from the home page and reads it in three languages side by side', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Japan-DPRK Pyongyang Declaration' }) });
  await expect(card).toContainText('18 passages');
  await expect(card).toContainText('Official translation');
  await expect(card.getByText('Working translation from the English, not the authentic text')).toHaveCount(2);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Japan-DPRK Pyongyang Declaration' }).click();
  // The address takes the columns in view, so that a copied address opens the same view.
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration\?langs=en,ko,ja$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan-DPRK Pyongyang Declaration');
  expect(await columnsOf(page)).toEqual(['en', 'ko', 'ja']);

  // Each column says what it is: the Korean and Japanese ones are ours, not the authentic text.
  for (const name of ['한국어 Korean', '日本語 Japanese']) {
    const head = page.locator('.column-head').filter({ has: page.getByRole('heading', { name }) });
    await expect(head.locator('.status-badge')).toHaveText('Working translation');
    await expect(head.locator('.provenance-status')).toHaveText('Working translation from the English, not the authentic text');
  }
  // The badge opens the source and note, so that the text starts on the first screen.
  const english = page.locator('.column-head').first();
  await english.getByRole('group').getByText('Official translation').click();
  await expect(english.getByRole('link', { name: /Ministry of Foreign Affairs of Japan/ })).toHaveAttribute('href', /mofa\.go\.jp/);

  // Every version of a passage starts on the same line, however long each is.
  for (const id of ['preamble-2', 's2-p2', 'signature-dprk']) {
    const [en, ko, ja] = await Promise.all(['en', 'ko', 'ja'].map((lang) => top(segmentText(page, id, lang))));
    expect(Math.abs(en! - ko!)).toBeLessThan(2);
    expect(Math.abs(en! - ja!)).toBeLessThan(2);
  }
  await expect(segmentText(page, 's2-p1', 'ko')).toHaveAttribute('lang', 'ko');
  await expect(segmentText(page, 's2-p1', 'ja')).toHaveCSS('line-break', 'strict');
  await expect(segmentText(page, 's2-p1', 'ko')).toHaveCSS('word-break', 'keep-all');
  await expectAccessible(page);
});

test('a reader hides the Japanese column and brings it back', async ({ page }) => {
  // Once the page's scripts run: before, the link reloads the page (as without JavaScript), and focus starts afresh.
  await openDeclaration(page);
  await columnControls(page).getByRole('link', { name: 'Hide Japanese' }).click();
  await expect(page).toHaveURL(/langs=en,ko$/);
  await expect(page.locator('[data-lang="ja"]')).toHaveCount(0);
  expect(await columnsOf(page)).toEqual(['en', 'ko']);
  // Focus moves to the control that undoes the change.
  await expect(columnControls(page).getByRole('link', { name: /Show 日本語 Japanese/ })).toBeFocused();
  await expectAccessible(page);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/langs=en,ko,ja$/);
  expect(await columnsOf(page)).toEqual(['en', 'ko', 'ja']);
});

test('a reader swaps two columns and reorders three with the keyboard', async ({ page }) => {
  await openDeclaration(page, '?langs=en,ko');
  await columnControls(page).getByRole('link', { name: 'Swap the two columns' }).click();
  await expect(page).toHaveURL(/langs=ko,en$/);
  await expect.poll(() => columnsOf(page)).toEqual(['ko', 'en']);
  await expectAccessible(page);

  await openDeclaration(page, '?langs=en,ko,ja');
  await columnControls(page).getByRole('link', { name: 'Move Japanese before Korean' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/langs=en,ja,ko$/);
  await expect.poll(() => columnsOf(page)).toEqual(['en', 'ja', 'ko']);
  await expect(columnControls(page).getByRole('link', { name: 'Move Japanese before English' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => columnsOf(page)).toEqual(['ja', 'en', 'ko']);
});

test('the chosen columns survive a reload and the next visit, and a shared link still wins', async ({ page }) => {
  await openDeclaration(page);
  await columnControls(page).getByRole('link', { name: 'Hide English' }).click();
  await expect(page).toHaveURL(/langs=ko,ja$/);
  await page.reload();
  expect(await columnsOf(page)).toEqual(['ko', 'ja']);

  await open(page, '/');
  await page.getByRole('link', { name: 'Japan-DPRK Pyongyang Declaration' }).click();
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration\?langs=ko,ja$/);
  expect(await columnsOf(page)).toEqual(['ko', 'ja']);
  // The remembered view is in the address now: a reader with other columns remembered gets this one.
  const other = await page.context().browser()!.newContext();
  const shared = await other.newPage();
  await shared.goto(page.url());
  expect(await columnsOf(shared)).toEqual(['ko', 'ja']);
  await other.close();

  await page.goto(`${declaration}?langs=en`);
  expect(await columnsOf(page)).toEqual(['en']);
  await expectAccessible(page);
});

test('the page fetches another page ahead only when the reader reaches for its link', async ({ page }) => {
  // Every page is rendered per request: a link fetched as soon as it is in view is a server render nobody asked for.
  const pagesFetched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) pagesFetched.push(url.pathname);
  });
  await openDeclaration(page);
  // Links in view were fetched as soon as the page's scripts ran: give them time to be, and expect none.
  await page.waitForTimeout(1_500);
  expect(pagesFetched).toEqual([]);

  const home = page.getByRole('link', { name: 'Accord', exact: true });
  const ahead = page.waitForRequest((request) => new URL(request.url()).searchParams.has('_rsc'));
  await home.hover();
  expect(new URL((await ahead).url()).pathname).toBe('/');
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Japan-DPRK Pyongyang Declaration' })).toBeVisible();
});

test('a reader follows a deep link and lands on the passage, marked', async ({ page }) => {
  await page.goto(`${declaration}?langs=en,ja#s3-p1`);
  const row = page.locator('[id="s3-p1"]');
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
  expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(segmentText(page, 's3-p1', 'ja')).toContainText('国際法を遵守し');
  await expectAccessible(page);

  // The passage's own link marks another passage in place.
  await page.getByRole('link', { name: 'Passage s4-p2' }).click();
  await expect(page).toHaveURL(/#s4-p2$/);
  await expect(page.locator('[id="s4-p2"]')).toBeFocused();
});

test('a deep link to a passage that does not exist says so', async ({ page }) => {
  await page.goto(`${declaration}#s9-p9`);
  const status = page.locator('.deep-link-status');
  await expect(status).toHaveText(/No passage “s9-p9” in this document/);
  await expect(status).toHaveAttribute('role', 'status');
  await expectAccessible(page);

  await status.getByRole('link', { name: 'Go to the beginning of the text' }).click();
  await expect(page.locator('[id="title"]')).toBeFocused();
  await expect(status).toHaveText('');
});

test('a reader copies the link to a passage with the columns in view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${declaration}?langs=ko,en`);
  await page.getByRole('button', { name: 'Copy link to passage s2-p1' }).click();
  await expect(page.locator('[id="s2-p1"] .copy-link-message')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${declaration}?langs=ko,en#s2-p1`);
  await expectAccessible(page);
});

test('hovering a passage highlights its versions in the other languages, edged in each language’s colour', async ({ page }) => {
  await page.goto(`${declaration}?langs=en,ko`);
  const cell = (lang: string, id: string) => segmentText(page, id, lang).locator('xpath=ancestor::*[contains(@class,"segment-cell")][1]');
  const look = (lang: string, id: string) =>
    cell(lang, id).evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, edge: getComputedStyle(el).boxShadow }));
  const resting = await look('en', 's2-p1');
  await segmentText(page, 's2-p1', 'ko').hover();
  await expect.poll(() => look('en', 's2-p1').then((l) => l.background)).not.toBe(resting.background);
  expect((await look('en', 's2-p1')).edge).toBe('rgb(79, 119, 179) 4px 0px 0px 0px inset, rgb(79, 119, 179) 0px 0px 0px 1px inset');
  expect(await look('en', 's2-p2')).toEqual(resting);
});

test('the first passage is on the first screen, and each language keeps its colour when the columns move', async ({ page }) => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${declaration}?langs=en,ko,ja`);
    const first = await page.locator('.segment-row').first().locator('.segment-body').first().boundingBox();
    expect(first!.y + first!.height, `at ${width}×${height}`).toBeLessThan(height);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const colourOf = (lang: string) =>
    page
      .locator('.column-head')
      .filter({ has: page.locator(`h2 [lang="${lang}"]`) })
      .evaluate((el) => getComputedStyle(el).borderTopColor);
  const korean = await colourOf('ko');
  await page.goto(`${declaration}?langs=ko,en`);
  expect(await colourOf('ko')).toBe(korean);
  await expectAccessible(page);
});

test('a bad langs value is explained and a readable view is shown instead', async ({ page }) => {
  await page.goto(`${declaration}?langs=xx,en,en`);
  const notice = page.locator('.langs-notice');
  await expect(notice).toContainText('This document has no language “xx”.');
  await expect(notice).toContainText('English (en) is listed more than once.');
  await expect(notice).toContainText('Showing English.');
  expect(await columnsOf(page)).toEqual(['en']);
  await expectAccessible(page);

  await page.goto(`${declaration}?langs=`);
  await expect(page.locator('.langs-notice')).toContainText('“langs” is empty');
  expect(await columnsOf(page)).toEqual(['en', 'ko', 'ja']);

  await page.goto(`${declaration}?langs=fr,de`);
  await expect(page.locator('.langs-notice')).toContainText('no language “fr”');
  expect(await columnsOf(page)).toEqual(['en', 'ko', 'ja']);
});

test('an unknown document gets a real 404 page that leads back to the documents', async ({ page }) => {
  const response = await page.goto('/documents/no-such-treaty');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing here');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Japan-DPRK Pyongyang Declaration' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan-DPRK Pyongyang Declaration');
});

test('an unknown document says so without JavaScript too, with a link home', async ({ request }) => {
  for (const path of ['/documents/no-such-treaty', '/documents/no-such-treaty/print']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    // In the HTML itself, not only in the data its scripts would render from.
    expect(html.replace(/<script[\s\S]*?<\/script>/g, ''), path).toMatch(/<h1[^>]*>Nothing here<\/h1>[\s\S]*href="\/"/);
  }
});

test('an address with a broken character says it is not valid instead of failing', async ({ page }) => {
  const response = await page.goto('/documents/%E0%A4');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bad address');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Go to the list of documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
});

test('the text is there without JavaScript, and the column links still work and are remembered', async ({ browser, page: checker }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${declaration}#s2-p1`);
  await expect(segmentText(page, 's2-p1', 'ko')).toContainText('일본측은');
  expect(await page.locator('[id="s2-p1"]').evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);

  // axe needs scripts of its own: check the same page with only the app's scripts blocked.
  await checker.route('**/_next/static/**/*.js', (route) => route.abort());
  await checker.goto(page.url());
  await expect(checker.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await expectAccessible(checker);

  await columnControls(page).getByRole('link', { name: 'Hide Korean' }).click();
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration\?langs=en,ja$/);
  expect(await columnsOf(page)).toEqual(['en', 'ja']);
  await page.goto(declaration);
  expect(await columnsOf(page)).toEqual(['en', 'ja']);
  await context.close();
});

test('on a phone the languages stack under each other, each labelled @narrow', async ({ page }) => {
  test.skip(test.info().project.name !== 'narrow', 'runs in the narrow project');
  await page.goto(`${declaration}#s2-p1`);
  const row = page.locator('[id="s2-p1"]');
  await expect(row).toBeInViewport();
  const cells = row.locator('.segment-cell');
  await expect(cells).toHaveCount(3);
  const boxes = await cells.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, bottom: r.bottom })));
  expect(boxes[1]!.x).toBeCloseTo(boxes[0]!.x, 0);
  expect(boxes[1]!.y).toBeGreaterThanOrEqual(boxes[0]!.bottom - 1);
  expect(boxes[2]!.y).toBeGreaterThanOrEqual(boxes[1]!.bottom - 1);
  await expect(cells.nth(0).locator('.cell-label')).toBeVisible();
  await expect(cells.nth(0).locator('.cell-label')).toHaveText('English');
  await expect(cells.nth(1).locator('.cell-label')).toHaveText('Korean, working translation');
  await expect(page.locator('.column-head').nth(2)).toContainText('Working translation from the English, not the authentic text');
  // No horizontal scrolling: the columns are not squeezed side by side.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);
});

test('on a wide screen a reader folds the Notes panel away, the text takes its room, and it stays folded next time', async ({ page, baseURL }) => {
  const writer = await createReader(baseURL!, 'Fold Reader');
  const note = await annotate(writer, { segmentId: 's1-p2', language: 'en', exact: 'mutual trust', comment: 'Trust.', visibility: 'shared' });
  await openDeclaration(page);
  const hide = panel(page).getByRole('button', { name: 'Hide notes' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  const width = async () => (await page.locator('.reader').boundingBox())!.width;
  const beside = await width();
  await hide.click();
  await expect(panel(page)).toBeHidden();
  const tab = page.getByRole('button', { name: /^Notes \(\d+\)$/ });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(width).toBeGreaterThan(beside + 250);
  await expectAccessible(page);

  // Remembered on the server: the page arrives folded, before any script runs.
  const html = await (await page.request.get(declaration)).text();
  expect(html).toMatch(/<aside[^>]*data-collapsed/);
  await openDeclaration(page);
  await expect(panel(page)).toBeHidden();

  // Opening a note unfolds the panel to show it; the remembered choice stays.
  await marksOf(page, note.id).click();
  await expect(panel(page).locator('#notes-view-heading')).toHaveText('Note on the English text');
  await page.reload();
  await expect(panel(page)).toBeHidden();

  await openDeclaration(page);
  await tab.click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: 'Notes', exact: true })).toBeFocused();
  await expectAccessible(page);
  await page.reload();
  await expect(panel(page)).toBeVisible();
  expect(await (await page.request.get(declaration)).text()).not.toMatch(/<aside[^>]*data-collapsed/);
});
