// What `npm run start` will do on this machine, decided without side effects (tests/unit/start-plan.test.ts).
import { join, posix } from 'node:path';
import { CHROMIUM_PATHS } from './chromium.mjs';
import { FIREFOX_PATHS } from './firefox.mjs';

/**
 * Where Chrome or Chromium usually lives on each system. Branded Chrome (137 and later) ignores
 * --load-extension, so the launcher loads the extension through the DevTools protocol instead.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function chromeCandidates(platform, env) {
  if (platform === 'darwin') {
    const apps = ['/Applications', posix.join(env.HOME ?? '~', 'Applications')];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Chromium\\Application\\chrome.exe`,
    ]);
  }
  return [...CHROMIUM_PATHS, '/usr/bin/google-chrome-stable'];
}

/**
 * @typedef {{ kind: 'chrome' | 'firefox', path: string }} Browser
 * @typedef {{
 *   browser: Browser | null,
 *   target: 'chrome' | 'firefox',
 *   display: boolean,
 *   noSandbox: boolean,
 *   notes: string[],
 * }} StartPlan
 */

/**
 * Which browser opens (DRAW_ALERTS_CHROMIUM, then Chrome/Chromium, then Firefox, which a fresh Debian
 * or Ubuntu desktop has; `npm run start -- firefox` asks for Firefox first), which build it needs,
 * whether there is a screen to open it on, and the flags a root shell needs.
 * @param {{ platform: NodeJS.Platform, env: Record<string, string | undefined>, uid: number | null,
 *   exists: (path: string) => boolean, prefer?: string }} machine
 * @returns {StartPlan}
 */
export function startPlan({ platform, env, uid, exists, prefer }) {
  const notes = [];
  const chosen = env.DRAW_ALERTS_CHROMIUM;
  const chrome = chosen && exists(chosen) ? chosen : chromeCandidates(platform, env).find(exists);
  if (chosen && !exists(chosen))
    notes.push(`DRAW_ALERTS_CHROMIUM points to ${chosen}, which does not exist.`);
  const firefox =
    env.DRAW_ALERTS_FIREFOX && exists(env.DRAW_ALERTS_FIREFOX)
      ? env.DRAW_ALERTS_FIREFOX
      : FIREFOX_PATHS.find(exists);
  /** @type {Browser[]} */
  const found = [];
  if (chrome) found.push({ kind: 'chrome', path: chrome });
  if (firefox) found.push({ kind: 'firefox', path: firefox });
  if (prefer !== undefined && prefer !== 'chrome' && prefer !== 'firefox') {
    notes.push(`Unknown browser "${prefer}" (say chrome or firefox): using what is installed.`);
  }
  const browser = found.find((candidate) => candidate.kind === prefer) ?? found[0] ?? null;
  if (prefer === 'firefox' && browser?.kind === 'chrome')
    notes.push('No Firefox found: using Chrome/Chromium.');
  if (prefer === 'chrome' && browser?.kind === 'firefox')
    notes.push('No Chrome or Chromium found: using Firefox.');
  // macOS and Windows always have a screen; elsewhere a browser window needs X11 or Wayland.
  const display =
    platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  // Chromium refuses to start as root with its sandbox on ("Running as root without --no-sandbox").
  const noSandbox = browser?.kind === 'chrome' && uid === 0;
  return { browser, target: browser?.kind ?? 'chrome', display, noSandbox, notes };
}

/**
 * Where the temporary profile goes. A snap browser (Ubuntu's Chromium and Firefox) has a private
 * /tmp and cannot read the host's: its profile goes to the snap's own folder in the user's home.
 * @param {Browser} browser
 * @param {Record<string, string | undefined>} env
 * @param {string} tmp the system's temporary folder
 * @returns {string}
 */
export function profileParent(browser, env, tmp) {
  const snap = /^\/snap\/bin\/([^/]+)$/.exec(browser.path);
  return snap && env.HOME ? posix.join(env.HOME, 'snap', snap[1] ?? '', 'common') : tmp;
}

/**
 * How to load the built extension by hand, in Chrome and in Firefox.
 * @param {string} root the checkout
 * @returns {string}
 */
export function loadByHand(root) {
  return [
    'Load it by hand in a browser on a machine with a screen:',
    `  Chrome, Edge, Chromium: build with "npm run build", open chrome://extensions, turn on Developer mode,`,
    `    click "Load unpacked" and pick ${join(root, '.output', 'chrome-mv3')}`,
    `  Firefox: build with "npm run build:firefox", open about:debugging#/runtime/this-firefox,`,
    `    click "Load Temporary Add-on…" and pick ${join(root, '.output', 'firefox-mv2', 'manifest.json')}`,
    '  Or install the store packages that "npm run zip" writes to .output/.',
  ].join('\n');
}

/** Exit codes of `npm run start`. */
export const EXIT = {
  /** The browser was opened and then closed. */
  closed: 0,
  /** Something failed: the build, or no browser to open. */
  failed: 1,
  /** Built, but there is no screen here to open a browser on: load it by hand. */
  noDisplay: 2,
};
