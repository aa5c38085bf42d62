// Loading a page in Chromium the way the page targets need: a fresh context each time (nothing
// cached, cache disabled too), observers installed before any of the page's scripts run (LCP,
// layout shifts without recent input summed as CLS, long tasks), and the bytes of every script.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    // Debian's Chromium, with the flags playwright.config.ts gives it.
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  process.once('exit', () => void browser.close().catch(() => {}));
  return browser;
}

declare global {
  interface Window {
    __bench: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] };
  }
}

function observe() {
  window.__bench = { lcp: 0, cls: 0, longTasks: [] };
  const watch = (type: string, each: (entry: PerformanceEntry & Record<string, unknown>) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => each(e as PerformanceEntry & Record<string, unknown>))).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser lacks: its figure stays 0.
    }
  };
  watch('largest-contentful-paint', (e) => (window.__bench.lcp = e.startTime));
  watch('layout-shift', (e) => {
    if (!e.hadRecentInput) window.__bench.cls += e.value as number;
  });
  watch('longtask', (e) => window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }));
}

export type Loaded = { context: BrowserContext; page: Page; scriptBytes: number; lcp: number; cls: number; longTasks: { start: number; duration: number }[] };

/**
 * Opens `url` in a fresh context (with `cookie`, "name=value", if given), waits until the network
 * is idle and a little longer for late layout shifts, and reads the figures. The caller closes
 * `context` (or keeps using `page`).
 */
export async function load(browser: Browser, url: string, cookie?: string, settleMs = 1_000): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  if (cookie) {
    const at = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: new URL(url).origin }]);
  }
  // tsx (esbuild) names functions with a `__name` helper that functions sent to the page lack.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script')
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(settleMs);
  const figures = await page.evaluate(() => window.__bench);
  const scriptBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { context, page, scriptBytes, ...figures };
}
