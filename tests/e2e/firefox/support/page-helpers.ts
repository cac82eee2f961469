import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { aMinutePasses, readSourceStates } from '../../support/source-states';
import { countStoredDraws } from '../../support/stored-draws';

/** The extension API as an extension page in Firefox sees it (the parts the tests read). */
export interface FirefoxApi {
  notifications: { getAll(): Promise<Record<string, { title: string; message: string }>> };
  browserAction: { getBadgeText(details: object): Promise<string> };
  alarms: {
    getAll(): Promise<Array<{ name: string; scheduledTime: number; periodInMinutes?: number | null }>>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  i18n: { getUILanguage(): string };
}

/** `browser` inside a function run in an extension page (functions passed to evaluate carry no closure). */
type InPage = { browser: FirefoxApi };

/** innerText of every element matching `selector`, in document order. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** Waits until an element matching `selector` contains `text`. */
export async function waitForText(
  page: Page,
  selector: string,
  text: string,
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction(
    (css, wanted) =>
      Array.from(document.querySelectorAll(css)).some((element) =>
        (element.textContent ?? '').replace(/\s+/g, ' ').includes(wanted),
      ),
    { timeout },
    selector,
    text,
  );
}

/** Clicks the first button whose text is `name`. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForSelector(
    `::-p-xpath(//button[normalize-space()=${JSON.stringify(name)}])`,
  );
  if (!button) throw new Error(`no button "${name}"`);
  await button.click();
  await button.dispose();
}

/** Waits until the button `name` can be clicked again (a check in progress disables it). */
export async function waitUntilEnabled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) =>
      Array.from(document.querySelectorAll('button')).some(
        (button) => button.textContent?.trim() === label && !button.disabled,
      ),
    { timeout: 15_000 },
    name,
  );
}

// What the extension knows, read from one of its pages (not the popup: opening it clears the badge).

export const notifications = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as InPage).browser.notifications.getAll());

export const notificationIds = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(await (globalThis as unknown as InPage).browser.notifications.getAll()).sort(),
  );

export const badgeText = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as InPage).browser.browserAction.getBadgeText({}));

export const alarms = (page: Page) =>
  page.evaluate(async () =>
    (await (globalThis as unknown as InPage).browser.alarms.getAll()).map(
      ({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }),
    ),
  );

export const storedProfile = (page: Page) =>
  page.evaluate(
    async () => (await (globalThis as unknown as InPage).browser.storage.local.get('profile')).profile,
  );

/** Stores settings (`profile`, `uiLanguage`) as the options page would: pages opened from now on read them. */
export const storeSettings = (page: Page, settings: object) =>
  page.evaluate((stored) => (globalThis as unknown as InPage).browser.storage.local.set(stored), settings);

/** Rounds and provincial draws in the extension's IndexedDB; -1 before the database exists. */
export const storedDrawCount = (page: Page) => page.evaluate(countStoredDraws);

/** Every source's stored state (last and next check, failures), by source id. */
export const sourceStates = async (page: Page) =>
  Object.fromEntries((await page.evaluate(readSourceStates)).map((state) => [state.id, state]));

/**
 * As if a minute had passed since every source's last check: the extension never asks a source twice
 * within a minute, not even on "Check now".
 */
export const letAMinutePass = (page: Page) => page.evaluate(aMinutePasses);

const SHOTS = resolve(import.meta.dirname, '../../../../reports/firefox');

/** Saves what Firefox shows (reports/firefox/<name>.png): the layout, beside what the tests assert. */
export async function saveScreenshot(page: Page, name: string, size: { width: number; height: number }) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewport(size);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) as `${string}.png` });
}
