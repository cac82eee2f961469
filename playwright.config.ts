import { defineConfig } from '@playwright/test';

// End-to-end tests drive the production builds: .output/chrome-mv3 in a system Chromium (Playwright),
// .output/firefox-mv2 in a system Firefox (puppeteer-core over WebDriver BiDi); then the store packages.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  forbidOnly: true,
  projects: [
    { name: 'chromium', testIgnore: 'firefox/**' },
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
    // The store packages of `npm run zip`: contents, addons-linter, AMO's sources zip rebuilt.
    { name: 'store', testDir: 'tests/store' },
  ],
});
