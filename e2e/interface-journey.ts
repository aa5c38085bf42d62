// The journey the Korean and Japanese interface specs share: a reader whose browser asks for the
// language signs in, reads the declaration and makes a note, seeing every step in that language.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { announced, cellText, createReader, declaration, readerPassword, selectText } from './annotate-helpers';
import { shots } from './shots';
import { open } from './navigation';

/** The words each step looks for, in the interface language, and the passage the reader comments on. */
export type InterfaceWords = {
  lang: 'ko' | 'ja';
  signInHeading: string;
  email: string;
  password: string;
  signIn: string;
  notes: string;
  toolbar: string;
  comment: string;
  saveNote: string;
  noteHeading: string;
  saved: string;
  privateLabel: string;
  replies: string;
  passage: { segmentId: string; text: string };
};

export async function signInReadAndNote(page: Page, baseURL: string, words: InterfaceWords) {
  // axe on the reader page takes a while on a shared machine.
  test.setTimeout(120_000);
  const reader = await createReader(baseURL, words.lang === 'ko' ? 'Hana Kim' : 'Kenji Sato');

  await open(page, `/signin?callbackUrl=${encodeURIComponent(declaration)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.signInHeading);
  await expectAccessible(page);
  await page.getByLabel(words.email).fill(reader.email);
  await page.getByLabel(words.password, { exact: true }).fill(readerPassword);
  await page.getByRole('button', { name: words.signIn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${declaration}(\\?.*)?$`));

  const panel = page.getByRole('complementary', { name: words.notes });
  await expect(panel).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', words.lang);

  await selectText(page, { ...words.passage, lang: words.lang });
  const toolbar = page.getByRole('toolbar', { name: words.toolbar });
  await expect(toolbar).toBeVisible();
  await shots(page, `toolbar-${words.lang}`);
  await toolbar.getByRole('button', { name: words.comment }).click();
  const comment = panel.getByRole('textbox', { name: words.comment });
  await expect(comment).toBeFocused();
  await expect(panel.getByLabel(words.privateLabel)).toBeChecked();
  await comment.fill('A note made in the interface of its reader’s language.');
  await panel.getByRole('button', { name: words.saveNote }).click();

  await expect(panel.locator('#notes-view-heading')).toHaveText(words.noteHeading);
  await expect(announced(page)).toHaveText(words.saved);
  await expect(panel.getByRole('heading', { name: words.replies })).toBeVisible();
  // The time, written by the browser in its own zone (no "UTC" once scripts run).
  await expect(panel.locator('.note-byline time').first()).not.toContainText('UTC');
  await expect(cellText(page, words.passage.segmentId, words.lang).locator('mark')).toHaveText(words.passage.text);
  await expectAccessible(page);
}
