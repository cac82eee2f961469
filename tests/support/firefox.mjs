import { findBrowser } from './find-browser.mjs';

/** Where Firefox usually is: Debian's ESR, other Linux packages, macOS, Windows. */
export const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/**
 * The Firefox that the Firefox end-to-end tests drive: DRAW_ALERTS_FIREFOX first, then the usual
 * install paths. A missing Firefox fails the suite with this message; it is never skipped.
 * @returns {string}
 */
export function findFirefox() {
  return findBrowser({
    name: 'Firefox',
    envVar: 'DRAW_ALERTS_FIREFOX',
    paths: FIREFOX_PATHS,
    install: 'Debian: sudo apt-get install firefox-esr',
  });
}
