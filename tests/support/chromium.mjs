import { findBrowser } from './find-browser.mjs';

/**
 * Where Chromium usually is on Linux. The tests load the extension with --load-extension, which
 * Chromium and Chrome for Testing honour and branded Chrome ignores since version 137.
 */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/**
 * The Chromium that the end-to-end tests and the benchmark use: DRAW_ALERTS_CHROMIUM first, then the
 * usual system paths. Playwright cannot download its own browser on every machine, so none is assumed.
 * @returns {string}
 */
export function findChromium() {
  return findBrowser({
    name: 'Chromium',
    envVar: 'DRAW_ALERTS_CHROMIUM',
    paths: CHROMIUM_PATHS,
    install: 'Debian/Ubuntu: sudo apt-get install chromium',
  });
}
