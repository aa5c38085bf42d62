// A language with two texts (witnesses): the end-to-end server reads lib/content/fixtures/two-witnesses
// beside content/ (e2e/serve.ts), since the declaration has no second Japanese text and none may be
// invented for it.
import type { Browser, Page } from '@playwright/test';
import { announced, cellText, createReader, panel, selectText, toolbar, type Reader } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

const reader = '/documents/two-witnesses?langs=en,ja';
const japaneseHead = (page: Page) => page.locator('.column-head').filter({ has: page.getByRole('heading', { name: /日本語/ }) });
const texts = (page: Page) => page.getByRole('navigation', { name: 'Texts of the Japanese column' });

async function pageAs(browser: Browser, who: Reader): Promise<Page> {
  const context = await browser.newContext({ storageState: who.storageState, viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

/** With ACCORD_SHOTS set to a folder, the page at 390, 820 and 1440 px wide, for people to look at. */
async function shoot(page: Page, name: string) {
  const folder = process.env.ACCORD_SHOTS;
  if (!folder) return;
  const size = page.viewportSize()!;
  for (const width of [390, 820, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png` });
  }
  await page.setViewportSize(size);
}

test('a reader switches the Japanese column to another witness, sees its provenance, makes a note on it, and opens the compare view', async ({ browser }) => {
  // Two pages, four accessibility checks and (with ACCORD_SHOTS) screenshots.
  test.setTimeout(120_000);
  const who = await createReader(test.info().project.use.baseURL!, 'Aiko Mori');
  const page = await pageAs(browser, who);
  await page.goto(reader);
  await expect(page.getByRole('button', { name: /^Copy link to passage/ }).first()).toBeVisible();

  // The column shows its own text, and offers the other.
  await expect(texts(page).getByRole('link', { name: /main text/ })).toHaveAttribute('aria-current', 'true');
  await expect(cellText(page, 'p2', 'ja')).toHaveText('日本側は、痛切な反省と心からのお詫びを表明した。');
  await expectAccessible(page);

  await texts(page)
    .getByRole('link', { name: /^first/ })
    .click();
  await expect(page).toHaveURL(/[?&]witness=ja\.first/);
  await expect(texts(page).getByRole('link', { name: /^first/ })).toHaveAttribute('aria-current', 'true');
  await expect(cellText(page, 'p2', 'ja')).toHaveText('日本側は、深い反省と心からのお詫びを表明した。');
  await expect(cellText(page, 'p2', 'ja')).toHaveAttribute('data-witness', 'first');
  // Its own provenance: a working translation, and which one.
  await japaneseHead(page).locator('summary').click();
  await expect(japaneseHead(page).locator('.status-badge')).toHaveText('Working translation');
  await expect(japaneseHead(page)).toContainText('Working translation from the English, not the authentic text');
  await expect(japaneseHead(page)).toContainText('Accord test fixture, first working translation');
  await expect(japaneseHead(page)).toContainText('(first)');
  await expectAccessible(page);
  await shoot(page, 'witness-first');

  // A note on the words only this text has.
  await selectText(page, { segmentId: 'p2', lang: 'ja', text: '深い反省' });
  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('The first translation said 深い, not 痛切な.');
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(announced(page)).toHaveText('Note saved');
  await expect(panel(page).locator('#notes-view-heading')).toHaveText('Note on the Japanese text “first”');
  await expect(cellText(page, 'p2', 'ja').locator('mark')).toHaveText('深い反省');
  const mine = (await (await who.api.get('/api/documents/two-witnesses/annotations?scope=mine')).json()) as {
    items: { targets: { witness: string; exact: string }[] }[];
  };
  expect(mine.items.map((a) => a.targets.map((t) => [t.witness, t.exact]))).toEqual([[['first', '深い反省']]]);

  // Back on the main text, the note is not drawn on other words: a marker says where it is.
  await texts(page)
    .getByRole('link', { name: /main text/ })
    .click();
  await expect(page).not.toHaveURL(/witness=/);
  await expect(cellText(page, 'p2', 'ja')).toHaveText('日本側は、痛切な反省と心からのお詫びを表明した。');
  await expect(cellText(page, 'p2', 'ja').locator('mark')).toHaveCount(0);
  const marker = page.locator('#p2 .segment-cell[lang="ja"]').getByRole('button', { name: '1 note on the Japanese (first) text of this passage' });
  await expect(marker).toHaveText(/JA \(first\)/);
  await marker.click();
  await expect(panel(page).getByText('Made on the Japanese text “first”, not the main one')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'witness-main-with-note');

  // The compare view, from the column header.
  await japaneseHead(page).getByRole('link', { name: 'Compare the texts' }).click();
  await expect(page).toHaveURL(/\/documents\/two-witnesses\/compare\?language=ja&a=default&b=first/);
  await expect(page.getByRole('status')).toContainText('1 of 3 passages differs.');
  await expect(page.locator('tr[data-changed]')).toHaveCount(1);
  await expect(page.locator('tr[data-changed] th')).toContainText('p2');
  await expectAccessible(page);
  await shoot(page, 'witness-compare');

  // Opened from the text "first", the way back shows the reader as it was.
  await open(page, `${reader}&witness=ja.first`);
  await japaneseHead(page).getByRole('link', { name: 'Compare the texts' }).click();
  await expect(page).toHaveURL(/compare\?language=ja&a=default&b=first&langs=en,ja&witness=ja\.first/);
  await page.getByRole('link', { name: '← Two Witnesses' }).click();
  await expect(cellText(page, 'p2', 'ja')).toHaveAttribute('data-witness', 'first');
});

test('without JavaScript the column header’s links choose the text, and a bad witness in the address is explained', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(reader);
  await texts(page)
    .getByRole('link', { name: /^first/ })
    .click();
  await expect(cellText(page, 'p2', 'ja')).toHaveText('日本側は、深い反省と心からのお詫びを表明した。');
  await page.goto(`${reader}&witness=ja.authentic`);
  await expect(page.getByRole('status').filter({ hasText: 'This document has no text “authentic” of ja.' })).toBeVisible();
  await expect(cellText(page, 'p2', 'ja')).toHaveText('日本側は、痛切な反省と心からのお詫びを表明した。');
  await context.close();
});

test('a reader compares the English with the words of the Japanese text “first”, and each quote keeps its own text', async ({ browser }) => {
  const who = await createReader(test.info().project.use.baseURL!, 'Ren Ito');
  const page = await pageAs(browser, who);
  await page.goto(`${reader}&witness=ja.first`);
  await expect(cellText(page, 'p2', 'ja')).toHaveAttribute('data-witness', 'first');
  // The page's scripts run (the copy-link buttons appear then) before the reader selects.
  await expect(page.getByRole('button', { name: /^Copy link to passage/ }).first()).toBeVisible();

  await selectText(page, { segmentId: 'p2', lang: 'en', text: 'deep remorse' });
  await toolbar(page).getByRole('button', { name: 'Compare with…' }).click();
  await selectText(page, { segmentId: 'p2', lang: 'ja', text: '深い反省' });
  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('The first translation answered “deep” with 深い.');
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(announced(page)).toHaveText('Note saved');
  await expect(panel(page).locator('#notes-view-heading')).toHaveText('Note comparing English and Japanese (text “first”)');
  await expect(panel(page).getByText('Made on the Japanese text “first”, not the main one')).toBeVisible();
  // Painted in the English column and on the text "first" of the Japanese.
  await expect(cellText(page, 'p2', 'en').locator('mark')).toHaveText('deep remorse');
  await expect(cellText(page, 'p2', 'ja').locator('mark')).toHaveText('深い反省');
  const mine = (await (await who.api.get('/api/documents/two-witnesses/annotations?scope=mine&crossLanguage=true')).json()) as {
    items: { targets: { language: string; witness: string; exact: string }[] }[];
  };
  expect(mine.items.map((a) => a.targets.map((t) => [t.language, t.witness, t.exact]))).toEqual([
    [
      ['en', 'default', 'deep remorse'],
      ['ja', 'first', '深い反省'],
    ],
  ]);
  await expectAccessible(page);
  await shoot(page, 'witness-comparison');

  // On the main Japanese text the English stays painted; the Japanese cell marks the note instead.
  await page.goto(reader);
  await expect(cellText(page, 'p2', 'en').locator('mark')).toHaveText('deep remorse');
  await expect(cellText(page, 'p2', 'ja').locator('mark')).toHaveCount(0);
  await expect(page.locator('#p2 .segment-cell[lang="ja"]').getByRole('button', { name: /^1 note on the English text/ })).toBeVisible();
  await page.context().close();
});

test('a reader showing the Japanese text “first” finds a word of that text with the search, not of the main one', async ({ page }) => {
  await open(page, `${reader}&witness=ja.first&panel=terms`);
  await expect(cellText(page, 'p2', 'ja')).toHaveAttribute('data-witness', 'first');
  await page.getByRole('searchbox', { name: 'Find' }).fill('深い');
  await page.getByRole('combobox', { name: 'in' }).selectOption('ja');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  const hit = page.locator('.key-terms-hits > li');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('深い反省');
  await expect(page.getByText('Searched the Japanese text “first”, the one its column shows.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'witness-search');
});
