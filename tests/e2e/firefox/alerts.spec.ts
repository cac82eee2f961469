import type { Page } from 'puppeteer-core';
import { RecordedFeed } from '../support/recorded-feed';
import { expect, test } from './support/firefox-extension';
import {
  alarms,
  badgeText,
  clickButton,
  letAMinutePass,
  notificationIds,
  notifications,
  saveScreenshot,
  sourceStates,
  storedDrawCount,
  storedProfile,
  textsOf,
  waitForText,
} from './support/page-helpers';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const FEED_SOURCE = 'ircc-ee';
const json = { 'Content-Type': 'application/json' };
const before = new RecordedFeed('2025-07-09');
const after = new RecordedFeed('2025-07-24');

/**
 * Checks (or unchecks) the checkbox inside the label that reads `text`, in the fieldset `groupId`
 * (the same words can label a box in two groups: "Healthcare" is an occupation and a category).
 */
async function setCheckbox(page: Page, groupId: string, text: string, checked: boolean) {
  const box = await page.waitForSelector(
    `::-p-xpath(//fieldset[@id=${JSON.stringify(groupId)}]//label[contains(normalize-space(), ${JSON.stringify(text)})]//input[@type="checkbox"])`,
  );
  if (!box) throw new Error(`no checkbox "${text}"`);
  if ((await box.evaluate((input) => (input as HTMLInputElement).checked)) !== checked) await box.click();
  await box.dispose();
}

/**
 * The extension's one alarm, once it is the poll alarm, not periodic (Firefox reports a one-shot
 * alarm's period as null), set to the moment the next source is due: a run sets it when it ends.
 */
async function oneAlarmAtNextDue(page: Page) {
  const atNextDue = async () => {
    const [all, states] = await Promise.all([alarms(page), sourceStates(page)]);
    const nextDue = Math.min(...Object.values(states).map((state) => state.nextAttemptAt));
    return all.map((alarm) => ({
      name: alarm.name,
      periodic: alarm.periodInMinutes != null,
      atNextDue: alarm.scheduledTime === nextDue,
    }));
  };
  await expect.poll(atNextDue).toEqual([{ name: 'poll-sources', periodic: false, atNextDue: true }]);
  const [alarm] = await alarms(page);
  if (!alarm) throw new Error('the poll alarm is gone');
  return alarm;
}

/** The poll alarm when it is the feed's next check, still to come; with the feed's stored state. */
async function alarmAtFeedsNextCheck(page: Page) {
  const alarm = await oneAlarmAtNextDue(page);
  const feed = (await sourceStates(page))[FEED_SOURCE];
  if (feed?.lastAttemptAt == null) throw new Error('the feed was never checked');
  expect(alarm.scheduledTime).toBe(feed.nextAttemptAt);
  expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
  return { alarm, feed, lastCheck: feed.lastAttemptAt };
}

test('Firefox: a feed down at install is retried by the alarm and recovers by itself; options from the popup; a new matching round notifies and badges once', async ({
  hosts,
  launch,
}) => {
  // The first back-off is 2 minutes (±10 %): the poll alarm has to fire by itself.
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
  // One alarm, not periodic: the next due source's time, here the failing feed's first retry (a
  // back-off of 2 minutes, ±10 %, after the failed check).
  const failed = await alarmAtFeedsNextCheck(options);
  expect(failed.feed.consecutiveFailures).toBe(1);
  expect(failed.alarm.scheduledTime).toBeLessThanOrEqual(failed.lastCheck + 2.2 * 60_000);

  // The profile: a wrong score is refused beside its field, then a healthcare follower at 480.
  await options.locator('#field-crsScore').fill('1300');
  await clickButton(options, 'Save');
  await waitForText(options, '#field-crsScore-error', '1300');
  expect(await storedProfile(options)).toBeUndefined();
  await options.locator('#field-crsScore').fill('480');
  await setCheckbox(options, 'field-followedCategories', 'All categories, including new ones', false);
  await setCheckbox(options, 'field-followedCategories', 'Healthcare', true);
  await options.select('#field-checkIntervalMinutes', '15');
  // A healthcare worker without a provincial nomination: healthcare rounds are open to this user,
  // rounds for nominees are closed whatever the score.
  await setCheckbox(options, 'field-occupationCategories', 'Healthcare', true);
  await options.click('input[type="radio"][name="field-provincialNomination"][value="no"]');
  await clickButton(options, 'Save');
  await waitForText(options, '[role="status"]', 'Saved.');
  await saveScreenshot(options, 'options', { width: 1280, height: 800 });
  expect(await storedProfile(options)).toMatchObject({
    crsScore: 480,
    followedCategories: ['healthcare'],
    checkIntervalMinutes: 15,
    occupationCategories: ['healthcare'],
    provincialNomination: false,
  });
  // A failing source keeps its retry when the interval changes: the alarm has not moved.
  expect(await oneAlarmAtNextDue(options)).toEqual(failed.alarm);

  // The feed is back: nobody clicks anything, the retry alarm fetches it and stores the history, silently.
  hosts.serve(FEED_URL, { body: before.body, headers: json });
  await expect
    .poll(() => storedDrawCount(options), { timeout: 3 * 60_000, intervals: [2_000] })
    .toBe(before.rounds.length);
  expect(hosts.requestsTo(FEED_URL)).toBe(2);
  expect(await notificationIds(options)).toEqual([]);
  expect(await badgeText(options)).toBe('');
  // The feed's next check, and the alarm, within the saved interval (15 minutes; the default, 30,
  // would leave up to 30 outside IRCC's draw hours, and inside them it is 5 at most).
  const recovered = await alarmAtFeedsNextCheck(options);
  expect(recovered.feed.consecutiveFailures).toBe(0);
  expect(recovered.alarm.scheduledTime).toBeLessThanOrEqual(recovered.lastCheck + 15 * 60_000);

  // Two new rounds: #357 (healthcare, CRS 475 ≤ 480) matches, #356 (provincial nominees) does not.
  hosts.serve(FEED_URL, { body: after.body, headers: json });
  const checker = await extension.openExtensionPage('popup.html');
  await letAMinutePass(checker);
  await clickButton(checker, 'Check now');
  await waitForText(checker, 'table.draws tbody tr:first-child', '#357');
  await checker.close();
  await expect.poll(() => notificationIds(options)).toEqual(['draw:ee:357']);
  expect(await badgeText(options)).toBe('1');
  const notification = (await notifications(options))['draw:ee:357'];
  expect(`${notification?.title} ${notification?.message}`).toContain(after.round('357').drawCRS);
  // Its verdict line: open to a healthcare worker (every program could enter), and the score clears it.
  expect(notification?.message).toContain('Open to you: would have been invited (480 ≥ 475)');

  // Opening the popup shows which round is new, with its verdict, and clears the badge.
  const seen = await extension.openExtensionPage('popup.html');
  await waitForText(seen, 'table.draws tbody tr:first-child', '#357');
  const [newest, next] = await seen.$$eval('table.draws tbody tr', (rows) =>
    rows.slice(0, 2).map((row) => ({ className: row.className, text: row.textContent ?? '' })),
  );
  expect(newest?.className).toMatch(/\bnew\b/);
  expect(newest?.text).toContain('NEW');
  expect(newest?.text).toContain('open to you: would have been invited (480 ≥ 475)');
  expect(next?.className).not.toMatch(/\bnew\b/);
  // #356 was for provincial nominees: closed to this user, never "N points short" of it.
  expect(next?.text).toContain('#356');
  expect(next?.text).toContain('not open to you (provincial nominees only)');
  expect(next?.text).not.toContain('points short');
  await expect.poll(() => badgeText(options)).toBe('');
  expect(await notificationIds(options)).toEqual(['draw:ee:357']);
});
