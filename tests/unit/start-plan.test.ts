import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadByHand, profileParent, startPlan } from '../support/start-plan.mjs';

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('npm run start: what it does on each machine', () => {
  it('a fresh Debian desktop as root: Chromium with --no-sandbox, said so', () => {
    const plan = startPlan({
      platform: 'linux',
      env: { DISPLAY: ':0' },
      uid: 0,
      exists: installed('/usr/bin/chromium', '/usr/bin/firefox-esr'),
    });
    expect(plan).toMatchObject({
      browser: { kind: 'chrome', path: '/usr/bin/chromium' },
      target: 'chrome',
      display: true,
      noSandbox: true,
    });
  });

  it('a user account keeps the sandbox', () => {
    const plan = startPlan({
      platform: 'linux',
      env: { WAYLAND_DISPLAY: 'wayland-0' },
      uid: 1000,
      exists: installed('/usr/bin/chromium'),
    });
    expect(plan.noSandbox).toBe(false);
    expect(plan.display).toBe(true);
  });

  it('Debian with only its default Firefox ESR: the Firefox build, as a temporary add-on', () => {
    const plan = startPlan({
      platform: 'linux',
      env: { DISPLAY: ':0' },
      uid: 0,
      exists: installed('/usr/bin/firefox-esr'),
    });
    expect(plan).toMatchObject({
      browser: { kind: 'firefox', path: '/usr/bin/firefox-esr' },
      target: 'firefox',
      noSandbox: false,
    });
  });

  it('a server without a display: no window can open, whatever is installed', () => {
    const plan = startPlan({ platform: 'linux', env: {}, uid: 0, exists: installed('/usr/bin/chromium') });
    expect(plan.display).toBe(false);
  });

  it('nothing installed: no browser, the Chrome build by default', () => {
    const plan = startPlan({ platform: 'linux', env: { DISPLAY: ':0' }, uid: 1000, exists: installed() });
    expect(plan.browser).toBeNull();
    expect(plan.target).toBe('chrome');
  });

  it('macOS: Google Chrome in /Applications, a screen assumed', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const plan = startPlan({
      platform: 'darwin',
      env: { HOME: '/Users/ana' },
      uid: 501,
      exists: installed(chrome),
    });
    expect(plan).toMatchObject({
      browser: { kind: 'chrome', path: chrome },
      display: true,
      noSandbox: false,
    });
  });

  it("macOS: Chrome installed in the user's own Applications folder", () => {
    const chrome = '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const plan = startPlan({
      platform: 'darwin',
      env: { HOME: '/Users/ana' },
      uid: 501,
      exists: installed(chrome),
    });
    expect(plan.browser?.path).toBe(chrome);
  });

  it('Windows: Chrome under Program Files or the user’s Local AppData', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    for (const chrome of [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ]) {
      const plan = startPlan({ platform: 'win32', env, uid: null, exists: installed(chrome) });
      expect(plan).toMatchObject({
        browser: { kind: 'chrome', path: chrome },
        display: true,
        noSandbox: false,
      });
    }
  });

  it('DRAW_ALERTS_CHROMIUM wins; a wrong one is said and the usual places are tried', () => {
    const own = '/opt/chrome-for-testing/chrome';
    expect(
      startPlan({
        platform: 'linux',
        env: { DISPLAY: ':0', DRAW_ALERTS_CHROMIUM: own },
        uid: 1000,
        exists: installed(own, '/usr/bin/chromium'),
      }).browser?.path,
    ).toBe(own);
    const wrong = startPlan({
      platform: 'linux',
      env: { DISPLAY: ':0', DRAW_ALERTS_CHROMIUM: '/nowhere/chrome' },
      uid: 1000,
      exists: installed('/usr/bin/chromium'),
    });
    expect(wrong.browser?.path).toBe('/usr/bin/chromium');
    expect(wrong.notes.join(' ')).toContain('/nowhere/chrome');
  });

  it('`npm run start -- firefox` picks Firefox when both are installed, and says when it cannot', () => {
    const both = installed('/usr/bin/chromium', '/usr/bin/firefox-esr');
    const machine = { platform: 'linux' as const, env: { DISPLAY: ':0' }, uid: 1000 };
    expect(startPlan({ ...machine, exists: both, prefer: 'firefox' }).browser?.kind).toBe('firefox');
    expect(startPlan({ ...machine, exists: both, prefer: 'chrome' }).browser?.kind).toBe('chrome');
    const onlyChrome = startPlan({ ...machine, exists: installed('/usr/bin/chromium'), prefer: 'firefox' });
    expect(onlyChrome.browser?.kind).toBe('chrome');
    expect(onlyChrome.notes).toEqual(['No Firefox found: using Chrome/Chromium.']);
    expect(startPlan({ ...machine, exists: both, prefer: 'safari' }).notes[0]).toContain('"safari"');
  });

  it("a snap browser's profile goes where the snap can read it, not the host's /tmp", () => {
    const home = { HOME: '/home/ana' };
    expect(profileParent({ kind: 'firefox', path: '/snap/bin/firefox' }, home, '/tmp')).toBe(
      '/home/ana/snap/firefox/common',
    );
    expect(profileParent({ kind: 'chrome', path: '/snap/bin/chromium' }, home, '/tmp')).toBe(
      '/home/ana/snap/chromium/common',
    );
    expect(profileParent({ kind: 'chrome', path: '/usr/bin/chromium' }, home, '/tmp')).toBe('/tmp');
  });

  it('the by-hand instructions name both builds and where to load them', () => {
    const text = loadByHand('/home/ana/draw-alerts');
    expect(text).toContain('chrome://extensions');
    expect(text).toContain(join('/home/ana/draw-alerts', '.output', 'chrome-mv3'));
    expect(text).toContain('about:debugging');
    expect(text).toContain(join('/home/ana/draw-alerts', '.output', 'firefox-mv2', 'manifest.json'));
  });
});
