import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Each test has its own profile folder, database and static server (port 0), so files run in
  // parallel; the tests in one file run in order.
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    // A failure keeps a screenshot and Playwright's error-context.md (the page's ARIA snapshot). A trace
    // recorded for every test and thrown away when it passes cost a quarter of the run's time on two
    // cores; to trace a failing test, run it again with `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
