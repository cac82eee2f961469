import { HISTORY_PAGE } from '../../../lib/history/page';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { sharedFixture } from '../../support/fixtures';
import { MANITOBA_POSTS, PROVINCE_PAGES, serveProvinces } from '../support/province-pages';
import { expect, test } from './support/firefox-extension';
import {
  clickButton,
  letAMinutePass,
  saveScreenshot,
  storedDrawCount,
  storeSettings,
  textsOf,
  waitForText,
  waitUntilEnabled,
} from './support/page-helpers';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const json = { 'Content-Type': 'application/json' };
const html = { 'Content-Type': 'text/html; charset=utf-8' };
const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);

test('Firefox: the feed and every province page read at their real URLs, shown in the popup; a broken feed keeps every stored round', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, { body: feed('2025-07-09'), headers: { ...json, ETag: '"a"' } });
  serveProvinces(hosts);
  const extension = await launch();
  const popup = await extension.openExtensionPage('popup.html');

  // The first check ran at install, in Firefox's background page, through the real URLs.
  await waitForText(popup, 'table.draws tbody tr', '#355');
  const [newest] = await textsOf(popup, 'table.draws tbody tr');
  expect(newest).toContain('Canadian Experience Class');
  expect(newest).toContain('3,000');
  expect(newest).toContain('518');
  expect(newest).toContain('Jul 8, 2025');

  await saveScreenshot(popup, 'popup', { width: 560, height: 600 });

  // The Provinces tab: every province read, none failing, the real PEI page's newest draw exactly.
  await clickButtonByRole(popup, 'tab', 'Provinces');
  for (const [id] of PROVINCE_PAGES) {
    await waitForText(popup, `[data-source-id="${id}"]`, ': checked');
  }
  expect(hosts.requestsTo(FEED_URL)).toBe(1);
  for (const [, url] of PROVINCE_PAGES) expect(hosts.requestsTo(url), url).toBe(1);
  for (const [url] of MANITOBA_POSTS) expect(hosts.requestsTo(url), url).toBe(1);
  expect(await textsOf(popup, 'a[href="#province-health"]')).toEqual([]);
  await saveScreenshot(popup, 'popup-provinces', { width: 560, height: 600 });
  const pei = await popup.$eval('tr[data-draw-id="pe:2026-06-18:labour-express-entry"]', (row) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim()),
  );
  expect(pei[0]).toBe('PEI PNP');
  expect(pei).toContain('182');
  // Each province's own draws, through the province filter.
  const rowsPerProvince: Record<string, number> = {};
  for (const [id] of PROVINCE_PAGES) {
    const code = id.slice('pnp-'.length).toUpperCase();
    await popup.select('select', code);
    // The list re-renders for the new filter: wait for rows, all of that province (each has some).
    await popup.waitForFunction(
      (province) => {
        const rows = Array.from(document.querySelectorAll('table.draws tbody tr'));
        return (
          rows.length > 0 &&
          rows.every((row) => row.getAttribute('data-draw-id')?.startsWith(`${province.toLowerCase()}:`))
        );
      },
      {},
      code,
    );
    rowsPerProvince[code] = (await textsOf(popup, 'table.draws tbody tr')).length;
  }
  // As many draws as each page holds (the parsers' unit tests read the same pages).
  expect(rowsPerProvince).toEqual({ AB: 11, BC: 13, MB: 3, NB: 4, NL: 6, NS: 4, ON: 11, PE: 6 });
  await popup.select('select', '');
  await clickButtonByRole(popup, 'tab', 'Express Entry');

  // A later copy of the feed: Check now brings its two new rounds, with a conditional request.
  hosts.serve(FEED_URL, { body: feed('2025-07-24'), headers: { ...json, ETag: '"b"' } });
  await letAMinutePass(popup);
  await clickButton(popup, 'Check now');
  await waitForText(popup, 'table.draws tbody tr:first-child', '#357');
  await waitUntilEnabled(popup, 'Check now');
  const feedRequests = hosts.requests.filter((request) => request.url === FEED_URL);
  expect(feedRequests.at(-1)?.headers['if-none-match']).toBe('"a"');
  // The 358 rounds of that copy and every provincial draw listed above, in the extension's IndexedDB.
  const before = await storedDrawCount(popup);
  expect(before).toBe(358 + Object.values(rowsPerProvince).reduce((sum, rows) => sum + rows, 0));

  // An error page instead of the feed: the failure is said, nothing stored is lost.
  hosts.serve(FEED_URL, {
    body: '<!DOCTYPE html><html><body>Service unavailable</body></html>',
    headers: html,
  });
  await letAMinutePass(popup);
  await clickButton(popup, 'Check now');
  await waitForText(popup, '[role="alert"]', 'Express Entry (IRCC) is failing since');
  expect((await textsOf(popup, '[role="alert"]')).join(' ')).toContain('an error page instead of its data');
  expect((await textsOf(popup, 'table.draws tbody tr'))[0]).toContain('#357');
  expect(await storedDrawCount(popup)).toBe(before);

  // The history page in Firefox: every stored draw counted, French-language rounds by the category
  // filter with one chart point each, and the same view again (from its digest) when reopened.
  const history = await extension.openExtensionPage(HISTORY_PAGE);
  await waitForText(history, '.result-bar .count', `${before} draws match these filters.`);
  await history.select('#filter-category', 'french');
  await history.waitForFunction(() => location.search.includes('category=french'));
  const frenchRounds = await textsOf(history, 'table.history-table tbody tr[data-draw-id] th');
  expect(frenchRounds.length).toBeGreaterThan(0);
  expect(frenchRounds.length).toBeLessThan(50);
  await waitForText(history, '.result-bar .count', `${frenchRounds.length} draws match these filters.`);
  await history.waitForSelector('#chart-crs canvas');
  expect(await history.$eval('#chart-crs', (figure) => figure.getAttribute('data-points'))).toBe(
    String(frenchRounds.length),
  );
  const reopened = await extension.openExtensionPage(`${HISTORY_PAGE}?category=french`);
  await waitForText(reopened, '.result-bar .count', `${frenchRounds.length} draws match these filters.`);
  expect(await textsOf(reopened, 'table.history-table tbody tr[data-draw-id] th')).toEqual(frenchRounds);

  // With a profile (CRS 410, no French at NCLC 7) and French chosen as the language, stored
  // together as the settings page does: the page reads both (its first script reads them in one
  // call, which Firefox answers as Chrome does). Every French-language round says it was not open to
  // the user, in French, and the cut-off chart draws the user's CRS.
  await storeSettings(reopened, {
    uiLanguage: 'fr',
    profile: {
      version: 2,
      crsScore: 410,
      eligiblePrograms: ['fsw'],
      provincialNomination: false,
      frenchNclc7: false,
      occupationCategories: [],
    },
  });
  const withProfile = await extension.openExtensionPage(`${HISTORY_PAGE}?category=french`);
  await waitForText(withProfile, '#chart-crs .legend', CATALOGS.fr.historyMyCrs.replace('{score}', '410'));
  expect(await textsOf(withProfile, 'table.history-table tbody tr[data-draw-id] .score-note')).toEqual(
    frenchRounds.map(() => CATALOGS.fr.verdictClosedFrench),
  );
});

/** Clicks the element with `role` whose text is `name` (tabs are buttons with role="tab"). */
async function clickButtonByRole(page: import('puppeteer-core').Page, role: string, name: string) {
  const element = await page.waitForSelector(
    `::-p-xpath(//*[@role=${JSON.stringify(role)}][normalize-space()=${JSON.stringify(name)}])`,
  );
  if (!element) throw new Error(`no ${role} "${name}"`);
  await element.click();
  await element.dispose();
}
