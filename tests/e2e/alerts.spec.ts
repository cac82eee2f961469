import type { BrowserContext, Worker } from '@playwright/test';
import { sharedFixture } from '../support/fixtures';
import { expect, letAMinutePass, test } from './support/extension';

/** The extension API as the callbacks below see it, run inside the worker or an extension page. */
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, { crsScore?: number } | undefined>> } };
};

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);

const notificationIds = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

/** What a user's browser does to an idle worker, done now: chrome://serviceworker-internals' Stop. */
async function stopServiceWorkers(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop.first()).toBeVisible();
  for (const button of await stop.all()) await button.click();
  await expect(page.getByText('Running Status: RUNNING')).toHaveCount(0);
  await expect(page.getByText('Running Status: STOPPED').first()).toBeVisible();
  await page.close();
}

test('notifies exactly the new matching rounds once, badges them, and survives a worker restart', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, { body: feed('2025-07-09'), headers: { 'Content-Type': 'application/json' } });
  const extension = await launch();
  const worker = await extension.serviceWorker();

  // First run: the whole history is stored silently.
  const popup = await extension.openPopup();
  await expect(popup.locator('table.draws tbody tr').first()).toContainText('#355');
  expect(await notificationIds(worker)).toEqual([]);
  expect(await badgeText(worker)).toBe('');
  await popup.close();

  // The profile, through the options page: a wrong score is refused next to its field.
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const crs = options.getByLabel('My CRS score (Express Entry)');
  await crs.fill('1300');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(crs).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('#field-crsScore-error')).toContainText('1300');
  expect(await worker.evaluate(() => chrome.storage.local.get('profile'))).toEqual({});
  await crs.fill('480');
  await options.getByLabel('All categories, including new ones').uncheck();
  await options
    .getByRole('group', { name: 'Express Entry categories to follow' })
    .getByLabel('Healthcare', { exact: false })
    .check();
  // The user's occupation: healthcare rounds are open to them.
  await options
    .getByRole('group', { name: 'Occupation categories I qualify for' })
    .getByLabel('Healthcare', { exact: false })
    .check();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const stored = await worker.evaluate(() => chrome.storage.local.get('profile'));
  expect(stored.profile).toMatchObject({
    crsScore: 480,
    followedCategories: ['healthcare'],
    occupationCategories: ['healthcare'],
  });
  await options.close();

  // Two new rounds arrive: #357 (healthcare) matches, #356 (provincial nominees) does not.
  hosts.serve(FEED_URL, { body: feed('2025-07-24'), headers: { 'Content-Type': 'application/json' } });
  const checker = await extension.openPopup();
  await letAMinutePass(checker);
  await checker.getByRole('button', { name: 'Check now' }).click();
  await expect(checker.locator('table.draws tbody tr').first()).toContainText('#357');
  await expect(checker.getByRole('button', { name: 'Check now' })).toBeEnabled();
  await checker.close();
  await expect.poll(() => notificationIds(worker)).toEqual(['draw:ee:357']);
  expect(await badgeText(worker)).toBe('1');

  // Opening the popup shows which round is new, with its verdict, and clears the badge.
  const seen = await extension.openPopup();
  const newest = seen.locator('table.draws tbody tr').first();
  await expect(newest).toHaveClass(/new/);
  await expect(newest).toContainText('NEW');
  await expect(newest).toContainText('open to you: would have been invited (480 ≥ 475)');
  await expect(seen.locator('table.draws tbody tr').nth(1)).not.toHaveClass(/new/);
  await expect.poll(() => badgeText(worker)).toBe('');
  await seen.close();

  // The worker is stopped and starts again: nothing is shown twice.
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  await stopServiceWorkers(extension.context);
  // Playwright does not re-attach to a restarted worker: read the state from an extension page.
  const again = await extension.openPopup();
  await letAMinutePass(again);
  await again.getByRole('button', { name: 'Check now' }).click();
  await expect(again.getByRole('button', { name: 'Check now' })).toBeEnabled();
  await expect(again.getByText(/Express Entry \(IRCC\): checked/)).toBeVisible();
  const internals = await extension.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await expect(internals.getByText('Running Status: RUNNING').first()).toBeVisible();
  expect(await again.evaluate(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([]);
  expect(await again.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});
