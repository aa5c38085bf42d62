// Screenshots for people to look at, taken only when asked for (ACCORD_SHOTS=<dir>).
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** With ACCORD_SHOTS=<dir>, the page at 390, 820 and 1440 px wide. */
export async function shots(page: Page, name: string) {
  const dir = process.env.ACCORD_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const before = page.viewportSize();
  for (const width of [390, 820, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/${name}-${width}.png` });
  }
  if (before) await page.setViewportSize(before);
}
