import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

const goodPassword = 'pyongyang-2002-reading';
const uniqueEmail = () => `reader-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;
const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
// Next's route announcer is an alert too: name ours by id.
const signInError = (page: Page) => page.locator('#signin-error[role="alert"]');

async function signUp(page: Page, name: string, email: string) {
  await open(page, '/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(goodPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(accountNav(page)).toContainText(name);
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('a reader signs up (a weak password is refused with its rules), signs out and signs in again', async ({ page }) => {
  const email = uniqueEmail();
  await open(page, '/signup');
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
  const rules = page.locator('#signup-password-rules');
  await expect(rules).toContainText('at least 10 characters');
  await expect(rules).toContainText('not one of the tens of thousands of passwords people use most');
  await expectAccessible(page);

  await page.getByLabel('Name').fill('Hana Kim');
  await page.getByLabel('Email').fill(email);
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('password12');
  await page.getByRole('button', { name: 'Create account' }).click();
  const refused = page.locator('#signup-password-errors');
  await expect(refused).toContainText('This password is one of the most common ones');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();

  await password.fill('   short   ');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(refused).toContainText('Password must be at least 10 characters, not counting spaces at either end');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await expectAccessible(page);

  await password.fill(goodPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL('/');
  await expect(accountNav(page)).toContainText('Hana Kim');
  await expectAccessible(page);

  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(accountNav(page)).not.toContainText('Hana Kim');

  await accountNav(page).getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await signIn(page, email, goodPassword);
  await expect(accountNav(page)).toContainText('Hana Kim');
});

test('a wrong password gets a clear message and the form stays usable', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, 'Kenji Sato', email);
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await open(page, '/signin');
  await signIn(page, email, 'not-the-password-1');
  const alert = signInError(page);
  await expect(alert).toHaveText('That email and password do not match an account. Check both and try again.');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await signIn(page, email, goodPassword);
  await expect(accountNav(page)).toContainText('Kenji Sato');
});

test('signing up with an email that already has an account is refused', async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, 'First Owner', email);

  const other = await newPage(browser);
  await open(other, '/signup');
  await other.getByLabel('Name').fill('Second Try');
  await other.getByLabel('Email').fill(email.toUpperCase());
  await other.getByLabel('Password', { exact: true }).fill(goodPassword);
  await other.getByRole('button', { name: 'Create account' }).click();
  await expect(other.locator('#signup-email-errors')).toContainText('An account with this email already exists');
  await expect(other.getByLabel('Email')).toBeFocused();
  await expectAccessible(other);
  await other.context().close();
});

test('signing out ends the session in every other browser too', async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, 'Two Devices', email);

  const laptop = await newPage(browser);
  await open(laptop, '/signin');
  await signIn(laptop, email, goodPassword);
  await expect(accountNav(laptop)).toContainText('Two Devices');

  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await laptop.reload();
  await expect(accountNav(laptop).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(accountNav(laptop)).not.toContainText('Two Devices');
  await laptop.context().close();
});

test('repeated wrong passwords are slowed down with a wait time, not a lock-out', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, 'Limited Reader', email);
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await open(page, '/signin');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `wrong-password-${attempt}`);
    await expect(signInError(page)).toContainText('do not match');
  }
  await signIn(page, email, goodPassword);
  await expect(signInError(page)).toHaveText(/^Too many attempts, try again in \d+ seconds\.$/);
  await expectAccessible(page);
  await expect(accountNav(page)).not.toContainText('Limited Reader');
});

test('after signing in the reader returns to the page they came from, never to another site', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, 'Returning Reader', email);
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await open(page, '/signin?callbackUrl=%2Fdocuments%2Fpyongyang-declaration%3Flangs%3Den%2Cko');
  await signIn(page, email, goodPassword);
  await expect(page).toHaveURL('/documents/pyongyang-declaration?langs=en,ko');

  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await open(page, '/signin?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await signIn(page, email, goodPassword);
  await expect(page).toHaveURL('/');
});

test('the sign-in page mentions no demo account when the app runs on a real database server', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Demo account')).toHaveCount(0);
  await expect(page.getByText('demo@accord.local')).toHaveCount(0);
});

test('reading needs no account @narrow', async ({ page }) => {
  await page.goto('/');
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(accountNav(page).getByRole('link', { name: 'Sign up' })).toBeVisible();
  await page.goto('/signin');
  await expectAccessible(page);
  await page.goto('/signup');
  await expectAccessible(page);
});

test('a password sent before the page’s scripts have run never lands in the address', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, button] of [
    ['/signin', 'Sign in'],
    ['/signup', 'Create account'],
  ] as const) {
    await page.goto(path);
    if (path === '/signup') await page.getByLabel('Name').fill('Early Reader');
    await page.getByLabel('Email').fill('early-reader@example.org');
    await page.getByLabel('Password', { exact: true }).fill(goodPassword);
    await page.getByRole('button', { name: button }).click();
    // The browser posts the form to the page, which shows it again: nothing of it in the address.
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  }
  await context.close();
});
