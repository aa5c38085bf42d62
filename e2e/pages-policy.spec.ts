// Every kind of page under the nonce-based Content-Security-Policy: it is sent, its nonce is fresh
// on each load, the page's scripts ran (Next.js sets window.next once its client has started),
// and, as in every journey, the browser refused nothing (fixtures.ts).
import { expect, test } from './fixtures';

const pages = [
  ['home', '/', 200],
  ['reader', '/documents/pyongyang-declaration', 200],
  ['print view', '/documents/pyongyang-declaration/print', 200],
  ['sign-in', '/signin', 200],
  ['sign-up', '/signup', 200],
  ['annotation terms', '/ns/annotation', 200],
  ['not found', '/no-such-page', 404],
] as const;

for (const [name, path, status] of pages) {
  test(`the ${name} page runs its scripts under a fresh nonce`, async ({ page }) => {
    const nonces: string[] = [];
    for (let load = 0; load < 2; load++) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      const policy = (await response?.headerValue('content-security-policy')) ?? '';
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).toContain("object-src 'none'");
      nonces.push(policy.match(/'nonce-([^']+)'/)?.[1] ?? '');
      await page.waitForFunction(() => 'next' in window, undefined, { timeout: 15_000 });
    }
    expect(nonces[0]).not.toBe('');
    expect(nonces[0]).not.toBe(nonces[1]);
    // The browser hides a nonce's value from the page's own scripts; that it is there is what counts.
    expect(await page.evaluate(() => [...document.querySelectorAll('script')].every((script) => script.hasAttribute('nonce')))).toBe(true);
  });
}
