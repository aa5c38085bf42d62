import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { annotate, createReader, declaration, openDeclaration, panel } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { reopen } from './navigation';

const shots = process.env.ACCORD_SHOTS;
const modes = ['columns', 'interleaved', 'single'] as const;
const viewports = [
  [390, 844],
  [820, 1180],
  [1440, 900],
] as const;
const modeLinks = (page: Page) => page.getByRole('navigation', { name: 'Reading mode' });

/** axe as every journey runs it, plus WCAG 2.2's target size (24 by 24 px). */
async function expectAccessibleWithTargets(page: Page) {
  await expectAccessible(page);
  const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  expect(
    violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', ')),
    'target-size',
  ).toEqual([]);
}

for (const [width, height] of viewports) {
  test(`the first passage is on the first screen in every reading mode at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    for (const mode of modes) {
      await openDeclaration(page, `?langs=en,ko,ja&mode=${mode}`);
      const first = await page.locator('.segment-row').first().locator('.segment-body').first().boundingBox();
      expect(first!.y + first!.height, mode).toBeLessThan(height);
      // Each column's status stays in view as a badge.
      await expect(page.locator('.column-head .status-badge').first()).toBeInViewport();
      if (shots) await page.screenshot({ path: `${shots}/${mode}-${width}.png` });
      await expectAccessibleWithTargets(page);
    }
  });
}

test('a reader switches to interleaved, then to one language with the others on demand, and back, by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDeclaration(page, '?langs=en,ko,ja');
  await modeLinks(page).getByRole('link', { name: 'Interleaved' }).click();
  await expect(page).toHaveURL(/langs=en,ko,ja&mode=interleaved$/);
  await expect(modeLinks(page).getByRole('link', { name: 'Interleaved' })).toHaveAttribute('aria-current', 'page');
  // Each passage's languages one under another, each marked with its language.
  const cells = page.locator('[id="s2-p1"] > .segment-cell');
  await expect(cells).toHaveCount(3);
  const boxes = await cells.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, bottom: r.bottom })));
  expect(boxes[1]!.x).toBeCloseTo(boxes[0]!.x, 0);
  expect(boxes[1]!.y).toBeGreaterThanOrEqual(boxes[0]!.bottom - 1);
  expect(await cells.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('lang')))).toEqual(['en', 'ko', 'ja']);

  // The mode links are reached and followed with the keyboard.
  await modeLinks(page).getByRole('link', { name: 'One language' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/mode=single$/);
  await expect(page.locator('[id="s2-p1"] > .segment-cell')).toHaveCount(1);
  await expect(page.locator('[id="s2-p1"] > .segment-cell')).toHaveAttribute('lang', 'en');
  const counterparts = page.locator('[id="s2-p1"] .counterparts');
  await expect(counterparts.locator('.counterpart-text').first()).toBeHidden();
  await counterparts.locator('summary').click();
  await expect(counterparts.locator('.counterpart[lang="ko"] .counterpart-text')).toBeVisible();
  await expect(counterparts.locator('.counterpart[lang="ko"]')).toContainText('Korean, working translation');
  await expectAccessibleWithTargets(page);

  // Reading in Korean: Korean in full, English and Japanese on demand.
  await page
    .getByRole('navigation', { name: 'Read in' })
    .getByRole('link', { name: /한국어/ })
    .click();
  await expect(page).toHaveURL(/langs=ko,en,ja&mode=single$/);
  await expect(page.locator('[id="s2-p1"] > .segment-cell')).toHaveAttribute('lang', 'ko');
  await modeLinks(page).getByRole('link', { name: 'Columns' }).click();
  await expect(page).toHaveURL(/langs=ko,en,ja$/);
  await expect(page.locator('[id="s2-p1"] > .segment-cell')).toHaveCount(3);
});

test('the reading modes work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`${declaration}?langs=en,ko`);
  await modeLinks(page).getByRole('link', { name: 'One language' }).click();
  await expect(page).toHaveURL(/langs=en,ko&mode=single$/);
  const counterparts = page.locator('[id="s2-p1"] .counterparts');
  await counterparts.locator('summary').click();
  await expect(counterparts.locator('.counterpart[lang="ko"] .counterpart-text')).toBeVisible();
  // The column controls keep the mode as they go through their no-JavaScript route.
  await page.goto(`${declaration}?langs=en,ko&mode=interleaved`);
  await page.getByRole('navigation', { name: 'Columns' }).getByRole('link', { name: 'Swap the two columns' }).click();
  await expect(page).toHaveURL(/langs=ko,en&mode=interleaved$/);
  await context.close();
});

test('hovering a passage edges it and its counterparts, each in its own language’s colour wherever its column goes', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const edgeOf = (lang: string) => page.locator(`[id="s2-p1"] > .segment-cell[lang="${lang}"]`).evaluate((el) => getComputedStyle(el).boxShadow);
  await openDeclaration(page, '?langs=en,ko,ja');
  expect(await edgeOf('en')).toBe('none');
  await page.locator('[id="s2-p1"] > .segment-cell[lang="ko"] .segment-body').hover();
  const korean = await edgeOf('ko');
  const english = await edgeOf('en');
  expect(english).toContain('rgb(79, 119, 179)');
  expect(korean).toContain('rgb(181, 101, 79)');
  await openDeclaration(page, '?langs=ko,en');
  await page.locator('[id="s2-p1"] > .segment-cell[lang="en"] .segment-body').hover();
  expect(await edgeOf('ko')).toBe(korean);
});

test('the panel’s filters are kept in the address, and Back brings the previous filter back', async ({ page, baseURL }) => {
  const writer = await createReader(baseURL!, 'Filter Reader');
  await annotate(writer, { segmentId: 's2-p1', language: 'ko', exact: '식민지', color: 'blue', visibility: 'shared' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDeclaration(page, '?langs=en,ko,ja');
  const notes = panel(page);
  await notes.getByLabel('Colour').selectOption('blue');
  await expect(page).toHaveURL(/notes-colour=blue/);
  await notes.getByLabel('Language').selectOption('ko');
  await expect(page).toHaveURL(/notes-colour=blue&notes-lang=ko|notes-lang=ko.*notes-colour=blue/);
  await page.goBack();
  await expect(page).not.toHaveURL(/notes-lang/);
  await expect(notes.getByLabel('Language')).toHaveValue('');
  await expect(notes.getByLabel('Colour')).toHaveValue('blue');
  await reopen(page);
  await expect(notes.getByLabel('Colour')).toHaveValue('blue');
  await expect(page).toHaveURL(/langs=en,ko,ja/);
  // A change of layout keeps the filter: the reading mode, then the order of the columns.
  await page.getByRole('link', { name: 'Interleaved' }).click();
  await expect(page).toHaveURL(/mode=interleaved/);
  await expect(page).toHaveURL(/notes-colour=blue/);
  await expect(notes.getByLabel('Colour')).toHaveValue('blue');
  await page.getByRole('link', { name: 'Columns', exact: true }).click();
  await page.getByRole('link', { name: 'Move Korean before English' }).click();
  await expect(page).toHaveURL(/langs=ko,en,ja/);
  await expect(page).toHaveURL(/notes-colour=blue/);
  await expect(notes.getByLabel('Colour')).toHaveValue('blue');
});

test('a comment mentioning <draft> keeps the word, in the panel and in the print view', async ({ page, baseURL }) => {
  const writer = await createReader(baseURL!, 'Draft Reader');
  const comment = 'A record marked <draft> is not exchanged, see `<final>`';
  await annotate(writer, { segmentId: 'preamble-2', language: 'en', exact: 'the settlement', comment, visibility: 'shared' });
  const html = await (await page.request.get(`${declaration}/print?scope=visible`)).text();
  expect(html).toContain('A record marked &lt;draft&gt; is not exchanged');
  await openDeclaration(page, '?langs=en,ko,ja');
  await expect(panel(page).getByText('A record marked <draft> is not exchanged, see <final>')).toBeVisible();
  await expectAccessible(page);
});
