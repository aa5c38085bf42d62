// Notes that compare languages (issue 14, item 3): select in one column, "Compare with…", select
// the answering words in another; one note holds both, shows its quotes side by side, paints in
// both columns, and is found under the panel's "Comparisons".
import type { Browser, Page } from '@playwright/test';
import { announced, cellText, createReader, openDeclaration, panel, selectText, toolbar, type Reader } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { shots } from './shots';

const english = 'deep remorse and heartfelt apology';
const japanese = '痛切な反省と心からのお詫び';
const everyColumn = '?langs=en,ko,ja';

let reader: Promise<Reader> | undefined;
const getReader = () => (reader ??= createReader(test.info().project.use.baseURL!, 'Yuna Choi'));

async function pageAs(browser: Browser, who: Reader): Promise<Page> {
  return (await browser.newContext({ storageState: who.storageState })).newPage();
}

const prompt = (page: Page) => page.getByRole('region', { name: 'Comparing languages' });
const heading = (page: Page) => panel(page).locator('#notes-view-heading');

test('a reader compares the English "deep remorse and heartfelt apology" with the Japanese and the note shows both quotes', async ({ browser }) => {
  const page = await pageAs(browser, await getReader());
  await openDeclaration(page, everyColumn);
  await selectText(page, { segmentId: 's2-p1', lang: 'en', text: english });
  await toolbar(page).getByRole('button', { name: 'Compare with…' }).click();

  // A clear, quiet prompt: what waits, and what to do next.
  await expect(prompt(page)).toBeFocused();
  await expect(prompt(page)).toContainText(`Comparing “${english}” (English). Now select the words that answer it in another column.`);
  await expect(prompt(page).locator('span[lang="en"]')).toHaveText(english);
  await expect(announced(page)).toHaveText('Now select the answering words in another column. Escape cancels.');
  await shots(page, 'compare-prompt');
  await expectAccessible(page);

  await selectText(page, { segmentId: 's2-p1', lang: 'ja', text: japanese });
  await expect(page.getByTestId('selection-popover')).toContainText(`Compared with “${english}” (English)`);
  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  await expect(heading(page)).toHaveText('New note comparing English and Japanese');
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('お詫び answers “apology”: the formula of 1995.');
  await panel(page).getByRole('button', { name: 'Save note' }).click();

  // One note, its quotes side by side, each labelled with its language and marked with its lang.
  await expect(heading(page)).toHaveText('Note comparing English and Japanese');
  const quotes = panel(page).getByRole('group', { name: 'Quotes side by side' });
  await expect(quotes.locator('figcaption')).toHaveText(['English text', 'Japanese text']);
  await expect(quotes.locator('blockquote[lang="en"]')).toHaveText(english);
  await expect(quotes.locator('blockquote[lang="ja"]')).toHaveText(japanese);
  await expect(prompt(page)).toHaveCount(0);
  // Painted in both columns it quotes (in pieces, around aligned phrases and other readers' notes);
  // the Korean keeps its counterpart light, not a quote.
  const id = (await panel(page).locator('article[data-annotation-id]').getAttribute('data-annotation-id'))!;
  const painted = (lang: string) =>
    cellText(page, 's2-p1', lang)
      .locator(`mark[data-annotation-ids~="${id}"]`)
      .evaluateAll((marks) => marks.map((mark) => mark.textContent).join(''));
  await expect.poll(() => painted('en')).toBe(english);
  await expect.poll(() => painted('ja')).toBe(japanese);
  expect(await painted('ko')).toBe('');
  await expectAccessible(page);
  await shots(page, 'compare-note');

  // After a reload it is the same note, and "Comparisons" finds it (kept in the address).
  await page.reload();
  await expect.poll(() => painted('ja')).toBe(japanese);
  await panel(page)
    .getByRole('checkbox', { name: /Comparisons/ })
    .check();
  await expect(page).toHaveURL(/notes-compare=true/);
  const item = panel(page).locator('[data-note-item]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('English ↔ Japanese');
  await expect(item.locator('.note-item-quote[lang="ja"]')).toContainText(japanese);
  await expectAccessible(page);
  await shots(page, 'compare-filter');
  await page.goBack();
  await expect(panel(page).getByRole('checkbox', { name: /Comparisons/ })).not.toBeChecked();
  await page.context().close();
});

test('a keyboard reader compares through the Select buttons, and Escape cancels a comparison', async ({ browser }) => {
  const page = await pageAs(browser, await getReader());
  await openDeclaration(page, everyColumn);
  const selectEnglish = page.getByRole('button', { name: 'Select English text of passage s2-p2' });
  await selectEnglish.focus();
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight in yellow' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar(page).getByRole('button', { name: 'Comment' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar(page).getByRole('button', { name: 'Compare with…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toBeFocused();
  await expect(prompt(page)).toContainText('From the keyboard: a passage’s “Select …” button in another column. Esc cancels.');

  // Escape leaves the comparison and hands focus back.
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  await expect(announced(page)).toHaveText('Comparison cancelled');
  await expect(selectEnglish).toBeFocused();

  // Again, answered in the Korean column this time, and saved as a highlight from the toolbar.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toBeFocused();
  await page.getByRole('button', { name: 'Select Korean text of passage s2-p2' }).focus();
  await page.keyboard.press('Enter');
  const yellow = toolbar(page).getByRole('button', { name: 'Highlight in yellow' });
  await expect(yellow).toBeFocused();
  await expect(toolbar(page).getByRole('button', { name: 'Compare with…' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(announced(page)).toHaveText('Highlight saved');
  // One note, painted over the whole passage in both columns (in pieces, around aligned phrases and
  // other readers' notes): the one note whose marks cover all of the English text covers the Korean.
  const coverage = (lang: string) =>
    cellText(page, 's2-p2', lang).evaluate((cell) => {
      const text = new Map<string, string>();
      for (const mark of cell.querySelectorAll('mark[data-annotation-ids]'))
        for (const id of mark.getAttribute('data-annotation-ids')!.split(' ')) text.set(id, (text.get(id) ?? '') + mark.textContent);
      return { whole: (cell.textContent ?? '').trim(), text: Object.fromEntries(text) };
    });
  const [inEnglish, inKorean, inJapanese] = [await coverage('en'), await coverage('ko'), await coverage('ja')];
  const compared = Object.keys(inEnglish.text).filter((id) => inEnglish.text[id] === inEnglish.whole && inKorean.text[id] === inKorean.whole);
  expect(compared).toHaveLength(1);
  expect(inJapanese.text[compared[0]!]).toBeUndefined();
  await expect(prompt(page)).toHaveCount(0);
  await page.context().close();
});

test('a selection in the same column cannot answer the words being compared', async ({ browser }) => {
  const page = await pageAs(browser, await getReader());
  await openDeclaration(page, everyColumn);
  await selectText(page, { segmentId: 's3-p1', lang: 'en', text: 'international law' });
  await toolbar(page).getByRole('button', { name: 'Compare with…' }).click();
  await selectText(page, { segmentId: 's3-p1', lang: 'en', text: 'security' });
  await expect(page.getByTestId('selection-popover')).toContainText('These words are in the same column. Select the answering words in another column.');
  await expect(toolbar(page).getByRole('button', { name: 'Comment' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  await page.context().close();
});
