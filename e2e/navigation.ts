// Opening a page for a journey that goes on to use what its scripts do. Until React has hydrated
// the page, a click on a link loads the next page as without JavaScript, a form is sent by the
// browser itself, a tab's keys do nothing, and text typed into a field is lost: Playwright's
// waiting for an element does not cover that, as the element is in the server's HTML already.
import type { Page } from '@playwright/test';

/** Waits for the page's scripts: Next.js mounts its route announcer only once React has hydrated the page (one commit here: no Suspense boundaries). */
export async function scriptsReady(page: Page) {
  await page.locator('next-route-announcer').waitFor({ state: 'attached' });
}

/** `page.goto(url)`, then scriptsReady. */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await scriptsReady(page);
}

/** `page.reload()`, then scriptsReady. */
export async function reopen(page: Page) {
  await page.reload();
  await scriptsReady(page);
}
