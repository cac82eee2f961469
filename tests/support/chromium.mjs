import { existsSync } from 'node:fs';

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
  const fromEnv = process.env.DRAW_ALERTS_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`DRAW_ALERTS_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at DRAW_ALERTS_CHROMIUM and ${CHROMIUM_PATHS.join(', ')}). ` +
        'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set DRAW_ALERTS_CHROMIUM to its path.',
    );
  }
  return found;
}
