import { defineConfig, devices } from '@playwright/test';

const port = process.env.ACCORD_E2E_PORT ?? '3100';
// Set once in the runner process; workers inherit it, so every process names the same database.
process.env.ACCORD_E2E_DB ??= `accord_e2e_${Date.now().toString(36)}`;

const chromium = {
  // Debian's Chromium: Playwright's own browser download cannot run on this network.
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { baseURL: `http://localhost:${port}`, trace: 'retain-on-failure', ...chromium },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], ...chromium } },
    { name: 'narrow', use: { ...devices['Pixel 7'], ...chromium }, grep: /@narrow/ },
  ],
  globalTeardown: './e2e/global-teardown.ts',
  webServer: {
    command: 'npx tsx e2e/serve.ts',
    // SIGTERM lets the server stop Next.js and drop its database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    url: `http://localhost:${port}/api/health`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI && !!process.env.ACCORD_E2E_REUSE,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
