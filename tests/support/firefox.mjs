import { existsSync } from 'node:fs';

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
  const fromEnv = process.env.DRAW_ALERTS_FIREFOX;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`DRAW_ALERTS_FIREFOX points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = FIREFOX_PATHS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Firefox found (looked at DRAW_ALERTS_FIREFOX and ${FIREFOX_PATHS.join(', ')}). ` +
        'Install one (Debian: sudo apt-get install firefox-esr) or set DRAW_ALERTS_FIREFOX to its path.',
    );
  }
  return found;
}
