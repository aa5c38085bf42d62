// The interface language without locale in the address: from Accept-Language, else the switcher's
// cookie; <html lang> follows it, and the switcher works without JavaScript.
import { expect, expectAccessible, test } from './fixtures';

const signInPage = async (request: import('@playwright/test').APIRequestContext, acceptLanguage: string) => {
  const response = await request.get('/signin', { headers: { 'Accept-Language': acceptLanguage } });
  expect(response.status()).toBe(200);
  // A page speaks the cookie's language, else Accept-Language's: no cache between reader and app
  // may keep one copy for all (Next.js sets its own Vary, so the page must not be stored at all).
  expect(response.headers()['cache-control']).toMatch(/private/);
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  return response.text();
};

test('the sign-in page answers in Korean to a Korean browser', async ({ request }) => {
  const html = await signInPage(request, 'ko-KR,ko;q=0.9,en;q=0.5');
  expect(html).toMatch(/<html lang="ko"/);
  expect(html).toContain('<h1>로그인</h1>');
  expect(html).toContain('본문으로 건너뛰기');
  expect(html).not.toContain('Skip to content');
});

test('the sign-in page answers in Japanese to a Japanese browser', async ({ request }) => {
  const html = await signInPage(request, 'ja-JP,ja;q=0.9');
  expect(html).toMatch(/<html lang="ja"/);
  expect(html).toContain('<h1>ログイン</h1>');
  expect(html).toContain('本文へスキップ');
});

test('the sign-in page stays English for an English browser, and for languages Accord does not speak', async ({ request }) => {
  for (const acceptLanguage of ['en-GB,en;q=0.9', 'fr-FR,de;q=0.8', '*']) {
    const html = await signInPage(request, acceptLanguage);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<h1>Sign in</h1>');
    expect(html).toContain('Skip to content');
  }
});

test('an unknown address says so in the reader’s language, with a link home', async ({ request }) => {
  const response = await request.get('/documents/no-such-document', { headers: { 'Accept-Language': 'ja' } });
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toMatch(/<html lang="ja"/);
  expect(html).toContain('ページが見つかりません');
  expect(html).toContain('href="/"');
});

test('a reader without JavaScript switches the interface to Japanese in the header, and it stays so on other pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/signup?callbackUrl=%2Fdocuments%2Fpyongyang-declaration');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('summary', { hasText: 'Interface language' }).click();
  await page.getByRole('button', { name: '日本語' }).click();

  await expect(page).toHaveURL(/\/signup\?callbackUrl=%2Fdocuments%2Fpyongyang-declaration$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // No axe here: it runs as a script, and this page has none (the Korean journey below runs it).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('アカウントを作成');

  await page.goto('/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ログイン');
  const cookie = (await context.cookies()).find((c) => c.name === 'accord_locale');
  expect(cookie?.value).toBe('ja');
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(360 * 24 * 60 * 60);
  await context.close();
});

test('a Korean reader switches to English with scripts on, and the choice outweighs their browser’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('로그인');
  await expectAccessible(page);

  await page.locator('summary', { hasText: '화면 언어' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('the switch refuses a language Accord does not have, and a request from another site', async ({ request, baseURL }) => {
  const bad = await request.post('/api/locale', { headers: { Origin: baseURL! }, form: { locale: 'fr', back: '/' }, maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  const forged = await request.post('/api/locale', { headers: { Origin: 'https://evil.example' }, form: { locale: 'ko', back: '/' }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  const away = await request.post('/api/locale', { headers: { Origin: baseURL! }, form: { locale: 'ko', back: '//evil.example/' }, maxRedirects: 0 });
  expect(away.status()).toBe(303);
  expect(away.headers()['location']).toBe('/');
});
