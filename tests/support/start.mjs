// `npm run start`: builds the extension and opens a browser with it loaded, in a fresh temporary
// profile. What it does on this machine is decided by start-plan.mjs; exit codes are EXIT there.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'wxt';
import { EXIT, loadByHand, profileParent, startPlan } from './start-plan.mjs';

const root = resolve(import.meta.dirname, '../..');
const plan = startPlan({
  platform: process.platform,
  env: process.env,
  uid: process.getuid?.() ?? null,
  exists: existsSync,
  prefer: process.argv[2],
});
for (const note of plan.notes) console.log(note);

try {
  await build({ root, browser: plan.target });
} catch (error) {
  console.error(`The build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(EXIT.failed);
}
const extension = join(root, '.output', plan.target === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');

if (!plan.display) {
  console.log(`\nBuilt ${extension}.`);
  console.log('There is no display here (no DISPLAY or WAYLAND_DISPLAY), so no browser window can open.');
  console.log(loadByHand(root));
  process.exit(EXIT.noDisplay);
}
if (!plan.browser) {
  console.error(
    '\nNo Chrome, Chromium or Firefox found (set DRAW_ALERTS_CHROMIUM or DRAW_ALERTS_FIREFOX to one).',
  );
  console.error('Debian: sudo apt-get install chromium   Ubuntu: sudo snap install chromium');
  console.error(`Or install Chrome (https://www.google.com/chrome/).\n${loadByHand(root)}`);
  process.exit(EXIT.failed);
}

if (plan.noSandbox)
  console.log('Running as root: Chromium is started with --no-sandbox, which it requires for root.');
const parent = profileParent(plan.browser, process.env, tmpdir());
mkdirSync(parent, { recursive: true });
const profile = mkdtempSync(join(parent, 'draw-alerts-profile-'));
if (plan.browser.kind === 'chrome') {
  // Developer mode on: chrome://extensions shows the extension's id, its reload button and its views.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
}
console.log(
  `Opening ${plan.browser.path} with ${extension} (temporary profile ${profile}). Close the window to stop.`,
);
try {
  const browser =
    plan.browser.kind === 'chrome'
      ? await puppeteer.launch({
          executablePath: plan.browser.path,
          headless: false,
          defaultViewport: null,
          userDataDir: profile,
          // Chrome 137+ ignores --load-extension: the extension is loaded over the DevTools pipe.
          pipe: true,
          enableExtensions: [extension],
          ignoreDefaultArgs: ['--enable-automation'],
          args: [...(plan.noSandbox ? ['--no-sandbox'] : []), '--no-first-run'],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: plan.browser.path,
          headless: false,
          defaultViewport: null,
          userDataDir: profile,
        });
  if (plan.browser.kind === 'firefox') {
    await browser.installExtension(extension);
    console.log('Installed as a temporary add-on: Draw Alerts is in the toolbar (or its Extensions menu).');
  } else {
    const [page] = await browser.pages();
    await page?.goto('chrome://extensions');
  }
  browser.on('disconnected', () => process.exit(EXIT.closed));
} catch (error) {
  console.error(`Could not start ${plan.browser.path}: ${error instanceof Error ? error.message : error}`);
  console.error(loadByHand(root));
  process.exit(EXIT.failed);
}
