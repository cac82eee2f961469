import type { Page } from 'puppeteer-core';
import { article, articlePage, pageIntegrity, RecordedFeed } from '../support/recorded-feed';
import { expect, test } from './support/firefox-extension';
import {
  clickButton,
  letAMinutePass,
  saveScreenshot,
  storedDrawCount,
  waitForText,
} from './support/page-helpers';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const BADGE = '[data-draw-alerts="badge"]';
const MARK = '[data-draw-alerts="mark"]';
const BANNER = '[data-draw-alerts="banner"]';
const json = { 'Content-Type': 'application/json' };
const html = { 'Content-Type': 'text/html; charset=utf-8' };
const spring2023 = new RecordedFeed('2023-04-13');
const spring2024 = new RecordedFeed('2024-04-06');

/** What the extension's hosts show, read through their open shadow roots, in document order. */
function annotations(page: Page, selector: string) {
  return page.$$eval(selector, (hosts) =>
    hosts.map((host) => ({
      tone: host.getAttribute('data-tone'),
      text: (host.shadowRoot?.querySelector('button, [role="note"]')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

test('Firefox: a curated article annotated from the stored feed, a wrong figure flagged, and a new round in the feed reaching the banner', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, { body: spring2023.body, headers: json });
  // The recorded immigrationcoach body about round 238 on a curated site, with one sentence of our
  // own whose CRS is deliberately wrong.
  const wrongCrs = Number(spring2023.round('237').drawCRS) + 10;
  const pageUrl = 'https://www.cicnews.com/2023/01/express-entry-draw-238-0101.html';
  const served = articlePage({
    title: 'Express Entry draw 238',
    published: '2023-01-19T15:00:00+00:00',
    body: article('immigrationcoach-express-entry-draw-238.html'),
    extra: `<p>A week earlier, on January 11, 2023, IRCC invited <strong>5,500</strong> candidates in an Express Entry draw with a minimum CRS score of <strong>${wrongCrs}</strong>.</p>`,
  });
  hosts.serve(pageUrl, { body: served, headers: html });
  const extension = await launch();
  const inspector = await extension.openExtensionPage('options.html');
  await expect.poll(() => storedDrawCount(inspector), { timeout: 20_000 }).toBe(spring2023.rounds.length);

  // The content script, in Firefox, with values only the stored feed holds.
  const page = await extension.openWebPage(pageUrl);
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 2, {}, BADGE);
  expect(await annotations(page, BADGE)).toEqual([
    { tone: 'ok', text: spring2023.recordOf('238') },
    {
      tone: 'mismatch',
      text: `IRCC round #237: CRS ${spring2023.round('237').drawCRS} (article: ${wrongCrs})`,
    },
  ]);
  // The article's repeated mentions of round 238 (its figures, its footer): compact marks.
  expect(await page.$$eval(MARK, (marks) => marks.length)).toBe(2);
  await page.waitForSelector(BANNER);
  expect(await annotations(page, BANNER)).toEqual([
    { tone: null, text: expect.stringContaining(spring2023.bannerSince('2023-01-19')) },
  ]);
  await saveScreenshot(page, 'article', { width: 1280, height: 800 });
  // Nothing of the site's own text, links or form fields changed.
  const check = await page.evaluate(pageIntegrity, served);
  expect(check.now).toEqual(check.original);

  // A year later the feed holds 45 more rounds: Check now stores them, and the article says so.
  hosts.serve(FEED_URL, { body: spring2024.body, headers: json });
  const popup = await extension.openExtensionPage('popup.html');
  await letAMinutePass(popup);
  await clickButton(popup, 'Check now');
  await waitForText(popup, 'table.draws tbody tr:first-child', `#${spring2024.rounds[0]?.drawNumber}`);
  await popup.close();
  await page.reload();
  await page.waitForSelector(BANNER);
  expect(await annotations(page, BANNER)).toEqual([
    { tone: null, text: expect.stringContaining(spring2024.bannerSince('2023-01-19')) },
  ]);
  expect(spring2024.bannerSince('2023-01-19')).not.toBe(spring2023.bannerSince('2023-01-19'));
  expect(await page.$$eval(BADGE, (badges) => badges.length)).toBe(2);
});
