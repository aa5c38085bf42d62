// A document with more notes than the reader page draws: more than a thousand private notes of
// one reader, made with one import (as a seminar's file would arrive), not a thousand requests.
import {
  announced,
  cellText,
  createReader,
  importedNote,
  importNotes,
  noteItems,
  openDeclaration,
  panel,
  slug,
  wordsOf,
  type Reader,
} from './annotate-helpers';
import type { Browser } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const early = ['title', 'preamble-1', 'preamble-2', 's1-p1', 's1-p2', 's2-p1', 's2-p2', 's2-p3', 's2-p4', 's3-p1', 's4-p1', 's4-p2', 's4-p3', 's4-p4', 's4-p5'];

let seeded: Promise<{ reader: Reader; total: number }> | undefined;
function seed(baseURL: string) {
  seeded ??= (async () => {
    const reader = await createReader(baseURL, 'Many Notes');
    const spans = (await Promise.all(['en', 'ko', 'ja'].map((lang) => wordsOf(reader.api, lang, early)))).flat();
    while (spans.length < 1000) spans.push(...spans.slice(0, 1000 - spans.length));
    // The last ones, on the dateline, come after the first thousand in text order.
    const all = [...spans.slice(0, 1000), ...(await wordsOf(reader.api, 'en', ['dateline']))];
    await importNotes(
      reader,
      all.map((span, n) => importedNote(baseURL, `https://journeys.example/notes/${n}`, span, `Note ${n} on “${span.exact}”.`)),
    );
    // Other journeys' shared notes count too.
    const { total } = (await (await reader.api.get(`/api/documents/${slug}/annotations?limit=1`)).json()) as { total: number };
    expect(total).toBeGreaterThan(1000);
    return { reader, total };
  })();
  return seeded;
}

test('a document with more notes than the page draws says so, and the reader draws the rest', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { reader, total } = await seed(baseURL!);
  const page = await (await browser.newContext({ storageState: reader.storageState })).newPage();
  await openDeclaration(page);
  const more = panel(page).locator('.notes-more');
  await expect(more).toContainText(`The text shows the highlights of the first 1,000 of the ${total.toLocaleString('en')} notes you can see`);
  await expect(panel(page).getByRole('status').first()).toHaveText(`${total.toLocaleString('en')} notes, in text order`);
  await expect(cellText(page, 's1-p1', 'ko').locator('mark').first()).toBeVisible();
  await expect(cellText(page, 'dateline', 'en').locator('mark')).toHaveCount(0);
  await expectAccessible(page);

  await more.getByRole('button', { name: `Draw ${total - 1000} more highlights` }).click();
  await expect(announced(page)).toHaveText(`${total - 1000} more highlights drawn in the text.`);
  await expect(more).toHaveCount(0);
  await expect(cellText(page, 'dateline', 'en').locator('mark')).toHaveText(['September', '17', '2002', 'Pyongyang']);
  await expect(panel(page).getByRole('heading', { name: 'Notes', exact: true })).toBeFocused();
  await expectAccessible(page);
  await page.context().close();
});

/** Chromium's layout shifts of the text from the first frame until the page is quiet, each with the passages that moved. */
async function textShiftsWhileLoading(browser: Browser, reader: Reader, query = '', viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ storageState: reader.storageState, ...(viewport ? { viewport } : {}) });
  await context.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[]) {
        const moved = entry.sources.map((s) => s.node).filter((node): node is Element => node instanceof Element && !!node.closest('.parallel'));
        if (moved.length)
          shifts.push(`${entry.value.toFixed(4)}: ${[...new Set(moved.map((node) => node.closest('.segment-row')?.id ?? node.className))].join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await openDeclaration(page, query);
  // Both ways of reading show the Korean title: its marks are drawn with the rest.
  await expect(cellText(page, 'title', 'ko').locator('mark').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
  await context.close();
  return shifts;
}

test('a reader opening a page with a thousand notes sees nothing in the text move while it loads', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { reader } = await seed(baseURL!);
  expect(await textShiftsWhileLoading(browser, reader)).toEqual([]);
});

test('a reader of one language on a tall screen sees nothing in the text move while a thousand notes load', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { reader } = await seed(baseURL!);
  // Passages are about half as tall in one column: more of them are on the first screen.
  expect(await textShiftsWhileLoading(browser, reader, '?langs=ko,en,ja&mode=single', { width: 1920, height: 2400 })).toEqual([]);
});

test('a reader scrolls the long list of notes, opens one deep in it, and comes back to it', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { reader, total } = await seed(baseURL!);
  const page = await (await browser.newContext({ storageState: reader.storageState })).newPage();
  await openDeclaration(page);
  const list = panel(page).getByRole('list', { name: 'Notes in text order' });
  await expect(list.locator('li').first()).toHaveAttribute('aria-setsize', String(total));
  // Only the rows in view (and a few either side) are in the page.
  await expect(noteItems(page).first()).toBeVisible();
  expect(await noteItems(page).count()).toBeLessThan(60);

  // Down to the end of the list: the dateline's notes, the last in text order, load as they come into view.
  const deep = panel(page).locator('[data-note-item]', { hasText: 'Note 1002 on “2002”' });
  await panel(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(async () => {
    await expect(deep).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000, intervals: [1000] });
  const row = deep.locator('xpath=..');
  expect(Number(await row.getAttribute('aria-posinset'))).toBeGreaterThan(1000);
  await expectAccessible(page);

  const id = (await deep.getAttribute('data-note-item'))!;
  await deep.click();
  const heading = panel(page).locator('#notes-view-heading');
  await expect(heading).toHaveText('Note on the English text');
  await expect(heading).toBeFocused();
  await expect(panel(page).locator('blockquote')).toHaveText('2002');
  await expect(panel(page).locator('.note-markdown')).toHaveText('Note 1002 on “2002”.');
  // Its highlight is not drawn yet (past the first thousand): the passage itself is brought into view.
  await expect(page.locator('[id="dateline"]')).toBeInViewport();

  await page.keyboard.press('Escape');
  await expect(page.locator(':focus')).toHaveAttribute('data-note-item', id);
  await expect(deep).toBeInViewport();
  await page.context().close();
});
