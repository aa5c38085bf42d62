// Shared by every journey: `expectAccessible(page)` runs axe on the page as it stands, and every
// test fails if the Content-Security-Policy refused anything on any page it opened (a script, a
// style, an image): the policy must hold for the app's own pages as they are. It fails too if a
// Client Component asked for a message its page did not send (lib/i18n/client-namespaces.ts): the
// reader would see a key such as "Notes.save" where a label should be.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}) {
  // Next.js streams a dynamic page's metadata after its body: a page just navigated to may not have
  // its <title> yet. Every page has one; axe reads the page once it is there.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Reports every policy violation and every missing message on the context's pages into `violations`. */
async function watchPolicy(context: BrowserContext, violations: string[]) {
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('MISSING_MESSAGE')) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  await context.exposeBinding('__accordCspViolation', ({ page }, text: string) => void violations.push(`${page.url()}: ${text}`));
  // Injected by the browser's debugging protocol, which the page's policy does not govern.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __accordCspViolation: (text: string) => void }).__accordCspViolation;
      void report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export const test = base.extend<{ contentSecurityPolicyHolds: void }>({
  // Automatic: the test's own context and every context it opens with browser.newContext().
  contentSecurityPolicyHolds: [
    async ({ browser, context }, run) => {
      const violations: string[] = [];
      await watchPolicy(context, violations);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const opened = await newContext.apply(browser, args);
        await watchPolicy(opened, violations);
        return opened;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations and missing messages').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
