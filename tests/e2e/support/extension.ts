import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { findChromium } from '../../support/chromium.mjs';
import { OfficialHosts } from './official-hosts';
import { aMinutePasses } from './source-states';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/**
 * How the browser is set up: its UI language and colour scheme. `lang` is what `i18n.getUILanguage()`
 * answers: the service worker takes it from `--lang` (Windows, macOS) or LANGUAGE (Linux, where
 * Chromium ignores `--lang` and needs Debian's chromium-l10n); pages take Playwright's `locale`,
 * which is en-US when not given.
 */
export interface BrowserSetup {
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Another unpacked extension instead of the production build (the bench's static reference copy). */
  extensionDir?: string;
}

/**
 * Chromium with the production build loaded and every official host mapped to the local server.
 * `profileDir` '' is a fresh profile; a directory keeps the profile between launches.
 */
export function launchWithExtension(
  hosts: OfficialHosts,
  profileDir = '',
  setup: BrowserSetup = {},
): Promise<BrowserContext> {
  const extensionDir = setup.extensionDir ?? EXTENSION_DIR;
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    ...(setup.colorScheme ? { colorScheme: setup.colorScheme } : {}),
    ...(setup.lang ? { locale: setup.lang, env: { ...process.env, LANGUAGE: setup.lang } } : {}),
    args: [
      ...(setup.lang ? [`--lang=${setup.lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hosts.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      // Without these Chromium keeps calling hosts this network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * As if a minute had passed since every source's last check: the extension never asks a source twice
 * within a minute, not even on "Check now". Runs in an extension page (it shares the worker's database).
 */
export async function letAMinutePass(page: Page): Promise<void> {
  await page.evaluate(aMinutePasses);
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  openPopup: () => Promise<Page>;
}

interface Fixtures {
  hosts: OfficialHosts;
  /** Starts Chromium with the production build; configure `hosts` first (the first poll runs at install). */
  launch: (setup?: BrowserSetup) => Promise<LaunchedExtension>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  hosts: async ({}, use) => {
    const hosts = await OfficialHosts.start();
    await use(hosts);
    await hosts.stop();
  },
  launch: async ({ hosts }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (setup?: BrowserSetup) => {
      const context = await launchWithExtension(hosts, '', setup);
      contexts.push(context);
      const serviceWorker = async () =>
        context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = (await serviceWorker()).url().split('/')[2] ?? '';
      return {
        context,
        extensionId,
        serviceWorker,
        openPopup: async () => {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${extensionId}/popup.html`);
          return page;
        },
      };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from '@playwright/test';
