// The account page: changing the password, signing out everywhere, deleting the account.
import type { Browser, Page } from '@playwright/test';
import { annotate, createReader, readerPassword, reply, slug, type Reader } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
const mine = `/api/documents/${slug}/annotations?scope=mine`;

async function signedInPage(browser: Browser, reader: Reader): Promise<Page> {
  const context = await browser.newContext({ storageState: reader.storageState });
  return context.newPage();
}

async function openAccountPage(page: Page) {
  await open(page, '/');
  await accountNav(page).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

test('a signed-out visitor who opens the account page is asked to sign in first', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
});

test('a reader changes their password: a wrong current one is refused, then this browser stays signed in and the others are signed out', async ({
  browser,
  baseURL,
}) => {
  const reader = await createReader(baseURL!, 'Password Changer');
  const page = await signedInPage(browser, reader);
  await openAccountPage(page);
  await expectAccessible(page);

  const current = page.getByLabel('Current password');
  await current.fill('not-my-password-at-all');
  await page.getByLabel('New password').fill('a-fresh-password-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#account-current-password-errors')).toHaveText('That is not your current password');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toBeFocused();
  await expectAccessible(page);

  await current.fill(readerPassword);
  await page.getByLabel('New password').fill('a-fresh-password-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');
  await page.reload();
  await expect(accountNav(page)).toContainText('Password Changer');
  await expect.poll(async () => (await reader.api.get(mine)).status(), { timeout: 3_000, intervals: [200] }).toBe(401);
  await page.context().close();
});

test('a reader signs out everywhere from the account page', async ({ browser, baseURL }) => {
  const reader = await createReader(baseURL!, 'Everywhere Reader');
  const page = await signedInPage(browser, reader);
  await openAccountPage(page);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await expect.poll(async () => (await reader.api.get(mine)).status(), { timeout: 3_000, intervals: [200] }).toBe(401);
  await page.context().close();
});

test('a reader deletes their account keeping their shared notes, which stay under "a former reader" with the replies of others', async ({
  browser,
  baseURL,
}) => {
  const leaving = await createReader(baseURL!, 'Leaving Reader');
  const staying = await createReader(baseURL!, 'Staying Reader');
  const kept = await annotate(leaving, { segmentId: 's1-p1', language: 'en', exact: 'normalization', comment: 'worth keeping', visibility: 'shared' });
  const gone = await annotate(leaving, { segmentId: 's1-p1', language: 'en', exact: 'normalization', comment: 'my own memo', visibility: 'private' });
  await reply(staying, kept.id, 'I agree with this');

  const page = await signedInPage(browser, leaving);
  await openAccountPage(page);
  await page.getByLabel('Your password', { exact: true }).fill(readerPassword);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.locator('#account-notes-errors')).toContainText('Choose what happens to your notes');
  await expectAccessible(page);

  await page.getByLabel(/Keep my shared notes and replies/).check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL('/');
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);

  const note = (await (await staying.api.get(`/api/annotations/${kept.id}`)).json()) as {
    author: { name: string };
    comment: string;
    replies: { body: string }[];
  };
  expect(note).toMatchObject({ author: { name: 'a former reader' }, comment: 'worth keeping', replies: [{ body: 'I agree with this' }] });
  expect((await leaving.api.get(`/api/annotations/${gone.id}`)).status()).toBe(404);
  expect((await leaving.api.get(mine)).status()).toBe(401);
  await page.context().close();
});
