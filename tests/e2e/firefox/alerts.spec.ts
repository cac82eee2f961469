import type { Page } from 'puppeteer-core';
import { RecordedFeed } from '../support/recorded-feed';
import { expect, test } from './support/firefox-extension';
import {
  alarms,
  badgeText,
  clickButton,
  notificationIds,
  notifications,
  saveScreenshot,
  storedDrawCount,
  storedProfile,
  textsOf,
  waitForText,
} from './support/page-helpers';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const json = { 'Content-Type': 'application/json' };
const before = new RecordedFeed('2025-07-09');
const after = new RecordedFeed('2025-07-24');

/** Checks (or unchecks) the checkbox inside the label that reads `text`. */
async function setCheckbox(page: Page, text: string, checked: boolean) {
  const box = await page.waitForSelector(
    `::-p-xpath(//label[contains(normalize-space(), ${JSON.stringify(text)})]//input[@type="checkbox"])`,
  );
  if (!box) throw new Error(`no checkbox "${text}"`);
  if ((await box.evaluate((input) => (input as HTMLInputElement).checked)) !== checked) await box.click();
  await box.dispose();
}

test('Firefox: a feed down at install is retried by the alarm and recovers by itself; options from the popup; a new matching round notifies and badges once', async ({
  hosts,
  launch,
}) => {
  // The first back-off is 2 minutes (±10 %): the retry alarm has to fire by itself.
  test.setTimeout(5 * 60_000);
  hosts.serve(FEED_URL, { status: 503, body: 'Service Unavailable' });
  const extension = await launch();
  const popup = await extension.openExtensionPage('popup.html');
  await waitForText(popup, '[role="alert"]', 'Express Entry (IRCC) is failing since');
  expect((await textsOf(popup, '[role="alert"]')).join(' ')).toContain('HTTP 503');

  // The popup's link opens the options page through runtime.openOptionsPage, in a tab.
  const options = await extension.tabOpenedBy(async () => {
    const link = await popup.waitForSelector('::-p-text(All alert settings)');
    await link?.click();
  }, 'options.html');
  await popup.close();
  expect(await options.title()).toBe('Draw Alerts settings');
  // The background set its periodic poll from the default profile (every 30 minutes), and a retry.
  const periodic = () => alarms(options).then((all) => all.filter((alarm) => alarm.periodInMinutes));
  expect(await periodic()).toEqual([expect.objectContaining({ periodInMinutes: 30 })]);
  const retry = (await alarms(options)).find((alarm) => !alarm.periodInMinutes);
  expect(retry?.scheduledTime).toBeGreaterThan(Date.now());
  expect(retry?.scheduledTime).toBeLessThan(Date.now() + 2.5 * 60_000);

  // The profile: a wrong score is refused beside its field, then a healthcare follower at 480.
  await options.locator('#field-crsScore').fill('1300');
  await clickButton(options, 'Save');
  await waitForText(options, '#field-crsScore-error', '1300');
  expect(await storedProfile(options)).toBeUndefined();
  await options.locator('#field-crsScore').fill('480');
  await setCheckbox(options, 'All categories, including new ones', false);
  await setCheckbox(options, 'Healthcare', true);
  await options.select('#field-checkIntervalMinutes', '60');
  await clickButton(options, 'Save');
  await waitForText(options, '[role="status"]', 'Saved.');
  await saveScreenshot(options, 'options', { width: 1280, height: 800 });
  expect(await storedProfile(options)).toMatchObject({
    crsScore: 480,
    followedCategories: ['healthcare'],
    checkIntervalMinutes: 60,
  });
  // The saved interval reaches the alarm.
  await expect.poll(periodic).toEqual([expect.objectContaining({ periodInMinutes: 60 })]);

  // The feed is back: nobody clicks anything, the retry alarm fetches it and stores the history, silently.
  hosts.serve(FEED_URL, { body: before.body, headers: json });
  await expect
    .poll(() => storedDrawCount(options), { timeout: 3 * 60_000, intervals: [2_000] })
    .toBe(before.rounds.length);
  expect(hosts.requestsTo(FEED_URL)).toBe(2);
  expect(await notificationIds(options)).toEqual([]);
  expect(await badgeText(options)).toBe('');

  // Two new rounds: #357 (healthcare, CRS 475 ≤ 480) matches, #356 (provincial nominees) does not.
  hosts.serve(FEED_URL, { body: after.body, headers: json });
  const checker = await extension.openExtensionPage('popup.html');
  await clickButton(checker, 'Check now');
  await waitForText(checker, 'table.draws tbody tr:first-child', '#357');
  await checker.close();
  await expect.poll(() => notificationIds(options)).toEqual(['draw:ee:357']);
  expect(await badgeText(options)).toBe('1');
  const notification = (await notifications(options))['draw:ee:357'];
  expect(`${notification?.title} ${notification?.message}`).toContain(after.round('357').drawCRS);

  // Opening the popup shows which round is new, with its verdict, and clears the badge.
  const seen = await extension.openExtensionPage('popup.html');
  await waitForText(seen, 'table.draws tbody tr:first-child', '#357');
  const [newest, next] = await seen.$$eval('table.draws tbody tr', (rows) =>
    rows.slice(0, 2).map((row) => ({ className: row.className, text: row.textContent ?? '' })),
  );
  expect(newest?.className).toMatch(/\bnew\b/);
  expect(newest?.text).toContain('NEW');
  expect(newest?.text).toContain('would have been invited');
  expect(next?.className).not.toMatch(/\bnew\b/);
  await expect.poll(() => badgeText(options)).toBe('');
  expect(await notificationIds(options)).toEqual(['draw:ee:357']);
});
