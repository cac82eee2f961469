import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../support/firefox.mjs';
import { OfficialHosts } from '../../support/official-hosts';
import { ConnectProxy } from './connect-proxy';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../../.output/firefox-mv2');

/** The add-on id the production build declares (browser_specific_settings.gecko.id). */
function builtGeckoId(): string {
  const path = resolve(EXTENSION_DIR, 'manifest.json');
  let manifest: { browser_specific_settings?: { gecko?: { id?: string } } };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run "npm run build:firefox" (npm test does).`);
  }
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${path} declares no gecko id`);
  return id;
}

/** What puppeteer's WebDriver BiDi browser has beside its public API: the raw protocol connection. */
interface BidiConnection {
  send(
    method: 'browsingContext.navigate',
    params: { context: string; url: string; wait: 'none' },
  ): Promise<unknown>;
}

/** The BiDi browsing context id of a tab (puppeteer keeps it as the frame's internal id). */
function browsingContextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer-core no longer exposes the browsing context id');
  return id;
}

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` of the installed production build. */
  url(path: string): string;
  /** A new tab showing one of the extension's own pages, loaded and running. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab the extension opened itself (tabs.create, runtime.openOptionsPage) while `action` ran. */
  tabOpenedBy(action: () => Promise<unknown>, path: string): Promise<Page>;
  /** A new tab at a web URL (served by the local official hosts). */
  openWebPage(url: string): Promise<Page>;
}

/** Waits until `page` shows the extension page `path`, fully loaded. */
async function extensionPageLoaded(page: Page, path: string): Promise<Page> {
  await page.waitForFunction(
    (pathname) =>
      location.protocol === 'moz-extension:' &&
      location.pathname === pathname &&
      document.readyState === 'complete',
    { timeout: 15_000 },
    // The page's own path: an address may carry a query (the history page's filters).
    `/${path.split('?')[0]}`,
  );
  return page;
}

/**
 * Firefox ESR with the production Firefox build installed, unmodified, as a temporary add-on, over
 * WebDriver BiDi. Every request goes through a local CONNECT proxy to the local official hosts, so
 * the build fetches its real URLs; ports are random.
 */
export async function launchFirefoxWithExtension(hosts: OfficialHosts) {
  const geckoId = builtGeckoId();
  // Fixed per run, so the test knows the extension's origin before it is installed.
  const uuid = crypto.randomUUID();
  const proxy = await ConnectProxy.start(hosts);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153 refuses WebDriver navigation to moz-extension:// pages without system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...proxy.firefoxPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Headless has no desktop notification service: Firefox shows its own alert windows instead.
      'alerts.useSystemBackend': false,
    },
  });
  const installed = await browser.installExtension(EXTENSION_DIR);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('puppeteer-core no longer exposes its BiDi connection');

  const url = (path: string) => `moz-extension://${uuid}/${path}`;
  const newPages = async (action: () => Promise<unknown>): Promise<Page> => {
    const before = new Set(await browser.pages());
    await action();
    for (let tries = 0; tries < 100; tries++) {
      const opened = (await browser.pages()).find((page) => !before.has(page));
      if (opened) return opened;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('no new tab opened');
  };
  const extension: FirefoxExtension = {
    browser,
    url,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // BiDi never reports a moz-extension:// page as loaded: navigate without waiting, then watch it.
      await connection.send('browsingContext.navigate', {
        context: browsingContextOf(page),
        url: url(path),
        wait: 'none',
      });
      return extensionPageLoaded(page, path);
    },
    async tabOpenedBy(action, path) {
      return extensionPageLoaded(await newPages(action), path);
    },
    async openWebPage(address) {
      const page = await browser.newPage();
      await page.goto(address);
      return page;
    },
  };
  return {
    extension,
    close: async () => {
      await browser.close();
      await proxy.stop();
    },
  };
}

interface Fixtures {
  hosts: OfficialHosts;
  /** Starts Firefox with the production build; configure `hosts` first (the first poll runs at install). */
  launch: () => Promise<FirefoxExtension>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  hosts: async ({}, use) => {
    const hosts = await OfficialHosts.start();
    await use(hosts);
    await hosts.stop();
  },
  launch: async ({ hosts }, use) => {
    const running: Array<() => Promise<void>> = [];
    await use(async () => {
      const { extension, close } = await launchFirefoxWithExtension(hosts);
      running.push(close);
      return extension;
    });
    for (const close of running) await close();
  },
});

export { expect } from '@playwright/test';
