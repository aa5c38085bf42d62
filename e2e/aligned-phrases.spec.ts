import type { Page } from '@playwright/test';
import { annotate, createReader, openDeclaration, panel } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { reopen } from './navigation';

const apology = (lang: string) => (page: Page) => page.locator(`[data-segment-id="s2-p1"][data-lang="${lang}"] .phrase[data-link="apology"]`);

test('a reader hovers "deep remorse and heartfelt apology" and sees the Korean and Japanese phrases light', async ({ page }) => {
  // Once the page's scripts run: a pointer resting on a phrase before then lights it only when it moves.
  await openDeclaration(page, '?langs=en,ko,ja');
  const [en, ko, ja] = ['en', 'ko', 'ja'].map((lang) => apology(lang)(page));
  await expect(en!).toHaveText('deep remorse and heartfelt apology');
  await en!.hover();
  await expect(ko!).toHaveAttribute('data-lit', 'counterpart');
  await expect(ko!).toHaveText('통절한 반성과 마음으로부터의 사죄');
  await expect(ja!).toHaveAttribute('data-lit', 'counterpart');
  await expect(ja!).toHaveText('痛切な反省と心からのお詫び');
  await expect(page.locator('.phrase[data-lit]')).toHaveCount(3);
  await expectAccessible(page);

  // Moving away puts them out; a phrase elsewhere lights only its own counterparts.
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(page.locator('.phrase[data-lit]')).toHaveCount(0);
  await page.locator('[data-segment-id="s2-p2"][data-lang="ja"] .phrase[data-link="jbic"]').hover();
  await expect(page.locator('.phrase[data-lit="counterpart"]')).toHaveText(['Japan Bank for International Co-operation', '국제협력은행']);
});

test('a keyboard reader focuses the Japanese phrase and hears its English and Korean counterparts', async ({ page }) => {
  await openDeclaration(page, '?langs=en,ko,ja');
  const ja = apology('ja')(page);
  await ja.focus();
  await expect(ja).toBeFocused();
  await expect(apology('en')(page)).toHaveAttribute('data-lit', 'counterpart');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'deep remorse and heartfelt apology' })).toContainText(
    '통절한 반성과 마음으로부터의 사죄',
  );
  await page.keyboard.press('Tab');
  await expect(page.locator('.phrase[data-link="apology"][data-lit]')).toHaveCount(0);
});

test('a note on the English apology lights its Korean and Japanese phrases, and the Japanese phrase opens it', async ({ page, baseURL }) => {
  const author = await createReader(baseURL!, 'Mina Park');
  await annotate(author, { segmentId: 's2-p1', language: 'en', exact: 'heartfelt apology', comment: 'The formula of 1995, word for word.' });
  await page.goto('/documents/pyongyang-declaration?langs=en,ko,ja');
  const [ko, ja] = ['ko', 'ja'].map((lang) => apology(lang)(page));
  await expect(ko!).toHaveAttribute('data-counterpart-color', 'yellow');
  await expect(ja!).toHaveAttribute('data-counterpart-color', 'yellow');
  // Phrases the note does not reach stay plain.
  await expect(page.locator('[data-segment-id="s2-p1"][data-lang="ja"] .phrase[data-link="colonial-rule"]')).not.toHaveAttribute('data-counterpart-color');
  await expectAccessible(page);
  await ja!.click();
  await expect(panel(page).getByText('The formula of 1995, word for word.')).toBeVisible();
});

test('a reader marks a key term in every column and finds a Japanese word with its counterparts', async ({ page }) => {
  await openDeclaration(page, '?langs=en,ko,ja');
  await page.getByRole('tab', { name: 'Key terms and search' }).click();
  await expect(page).toHaveURL(/[?&]panel=terms/);
  const term = page.getByRole('button', { name: /North East Asia.*동북아시아.*北東アジア/ });
  await term.click();
  await expect(term).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '3 places marked in the text.' })).toBeVisible();
  const marked = () => page.evaluate(() => [...(CSS.highlights.get('accord-term') ?? [])].map((range) => (range as Range).toString()));
  expect((await marked()).sort()).toEqual(['North East Asia', '北東アジア', '동북아시아'].sort());
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Find' }).fill('国際協力銀行');
  await page.getByRole('combobox', { name: 'in' }).selectOption('ja');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  const hit = page.locator('.key-terms-hits > li');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Japan Bank for International Co-operation');
  await expect(hit).toContainText('국제협력은행');
  expect(await marked()).toEqual(['国際協力銀行']);
});

test('a keyboard reader moves between the panel’s Notes and Key terms tabs with the arrow keys, and the tab stays after a reload', async ({ page }) => {
  await openDeclaration(page, '?langs=en,ko,ja');
  const notesTab = page.getByRole('tab', { name: 'Notes' });
  const termsTab = page.getByRole('tab', { name: 'Key terms and search' });
  await expect(notesTab).toHaveAttribute('aria-selected', 'true');
  await notesTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(termsTab).toBeFocused();
  await expect(termsTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Key terms and search' }).getByRole('button', { name: /North East Asia/ })).toBeVisible();
  // One tab stop: the chosen tab only.
  await expect(notesTab).toHaveAttribute('tabindex', '-1');
  await expectAccessible(page);
  if (process.env.ACCORD_SHOTS) await page.screenshot({ path: `${process.env.ACCORD_SHOTS}/key-terms-tab-1440.png` });

  await reopen(page);
  await expect(page.getByRole('tab', { name: 'Key terms and search' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Key terms and search' }).focus();
  await page.keyboard.press('Home');
  await expect(notesTab).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Notes' })).toBeVisible();
  await expect(page).not.toHaveURL(/panel=/);
});
