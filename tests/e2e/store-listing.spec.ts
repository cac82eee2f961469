import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { HISTORY_PAGE } from '../../lib/history/page';
import { translatorFor } from '../../lib/i18n/catalogs';
import { LANGUAGES } from '../../lib/i18n/languages';
import { expect, launchWithExtension, test } from './support/extension';
import type { OfficialHosts } from './support/official-hosts';
import { serveProvinces } from './support/province-pages';
import { RecordedFeed } from './support/recorded-feed';

/**
 * Store listing material, made from the production build by the tests: every screenshot below, in
 * every language the build ships, at the stores' sizes, into reports/store/<locale>/ (README).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'reports/store');
const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const ARTICLE_URL = 'https://www.cicnews.com/2023/01/express-entry-draw-238-0101.html';
const feed = new RecordedFeed('2026-08-05');

/** Chrome Web Store and AMO screenshots: 1280x800. Chrome Web Store small promo tile: 440x280. */
const SCREENSHOT = { width: 1280, height: 800 };
const PROMO_TILE = { width: 440, height: 280 };

/** The listing speaks every language the extension does. */
const LOCALES = LANGUAGES;

interface ListingRun {
  context: BrowserContext;
  extensionId: string;
  messages: Record<string, { message: string }>;
}

interface ListingShot {
  name: string;
  size: { width: number; height: number };
  take(run: ListingRun): Promise<Buffer>;
}

/** A page of the extension in a tab of the given size. */
async function extensionTab(run: ListingRun, path: string, size: { width: number; height: number }) {
  const page = await run.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${run.extensionId}/${path}`);
  return page;
}

/** The toolbar popup as the user sees it, centred on a plain backdrop of the store's size. */
async function framed(run: ListingRun, png: Buffer, size = SCREENSHOT): Promise<Buffer> {
  const page = await run.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><html><body style="margin:0;height:100vh;display:grid;place-items:center;
    background:linear-gradient(135deg,#f4f6fa,#dfe5ee)"><img alt="" src="data:image/png;base64,${png.toString('base64')}"
    style="max-width:92%;max-height:92%;border-radius:8px;box-shadow:0 12px 40px rgba(20,30,50,.25)"></body></html>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

/** The popup at its own size (body is 560 px wide), tab `tab` shown. */
async function popupShot(run: ListingRun, tab?: 'provinces'): Promise<Buffer> {
  const page = await extensionTab(run, 'popup.html', { width: 560, height: 600 });
  await expect(page.locator('table.draws tbody tr').first()).toContainText(`#${feed.rounds[0]?.drawNumber}`);
  if (tab === 'provinces') {
    await page.getByRole('tab').nth(1).click();
    await expect(page.locator('table.draws tbody tr').first()).toBeVisible();
  }
  const png = await page.screenshot();
  await page.close();
  return framed(run, png);
}

/** One list: every language gets each shot. */
const SHOTS: ListingShot[] = [
  { name: 'popup', size: SCREENSHOT, take: (run) => popupShot(run) },
  { name: 'popup-provinces', size: SCREENSHOT, take: (run) => popupShot(run, 'provinces') },
  {
    name: 'options',
    size: SCREENSHOT,
    async take(run) {
      const page = await extensionTab(run, 'options.html', SCREENSHOT);
      await expect(page.locator('#field-crsScore')).toHaveValue('480');
      const shot = await page.screenshot();
      await page.close();
      return shot;
    },
  },
  {
    // The history page on this year's Express Entry rounds: the cut-off chart above the table.
    name: 'history',
    size: SCREENSHOT,
    async take(run) {
      const page = await extensionTab(run, `${HISTORY_PAGE}?system=express-entry&year=2026`, SCREENSHOT);
      await expect(page.locator('#chart-crs canvas')).toHaveCount(1);
      await expect(page.locator('table.history-table tbody tr').first()).toContainText(
        `#${feed.rounds[0]?.drawNumber}`,
      );
      // The trends first: the filters above them are scrolled past.
      await page.evaluate(() => document.getElementById('trends-title')?.scrollIntoView());
      const shot = await page.screenshot();
      await page.close();
      return shot;
    },
  },
  {
    name: 'article',
    size: SCREENSHOT,
    async take(run) {
      const page = await run.context.newPage();
      await page.setViewportSize(SCREENSHOT);
      await page.goto(ARTICLE_URL);
      const badges = page.locator('[data-draw-alerts="badge"]');
      await expect(badges.first()).toBeVisible();
      // The wrong cut-off is flagged.
      await expect(page.locator('[data-draw-alerts="badge"][data-tone="mismatch"]')).toHaveCount(1);
      await expect(page.locator('[data-draw-alerts="banner"]')).toHaveCount(1);
      // A focused badge opens its details: the official record and its link.
      const confirmed = page.locator('[data-draw-alerts="badge"][data-tone="ok"]').first();
      await confirmed.getByRole('button').focus();
      await expect(confirmed.getByRole('link')).toBeVisible();
      const shot = await page.screenshot();
      await page.close();
      return shot;
    },
  },
  {
    name: 'promo-tile',
    size: PROMO_TILE,
    async take(run) {
      const page = await run.context.newPage();
      await page.setViewportSize(PROMO_TILE);
      // The store icon: its artwork is 96 of its 128 pixels, shown here 112 px wide.
      const icon = readFileSync(join(BUILD, 'icon/128.png')).toString('base64');
      await page.setContent(`<!doctype html><html><body style="margin:0;height:100vh;display:flex;align-items:center;
        gap:20px;padding:0 28px;box-sizing:border-box;background:#b3261e;color:#fff;font:16px/1.35 system-ui,sans-serif">
        <img alt="" src="data:image/png;base64,${icon}" width="150" height="150" style="flex:none;margin:-19px;filter:drop-shadow(0 2px 6px rgba(0,0,0,.3))">
        <div><div id="name" style="font-size:30px;font-weight:700;margin-bottom:8px"></div><div id="summary"></div></div></body></html>`);
      await page.locator('#name').evaluate((node, text) => {
        node.textContent = text;
      }, run.messages.extName?.message ?? '');
      await page.locator('#summary').evaluate((node, text) => {
        node.textContent = text;
      }, run.messages.extDescription?.message ?? '');
      const shot = await page.screenshot();
      await page.close();
      return shot;
    },
  },
];

/**
 * A news article of our own (no third-party text in a store listing), styled like a news site, the
 * way such sites report a round: one right figure set, and one that is wrong (round #237's cut-off).
 */
function listingArticle(): string {
  const draw = feed.round('238');
  const before = feed.round('237');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Express Entry draw #238</title>
<meta property="article:published_time" content="2023-01-19T15:00:00+00:00">
<style>
body{margin:0;font:21px/1.6 Georgia,serif;color:#222;background:#fff}
header{background:#12355b;color:#fff;padding:14px 40px;font:700 22px system-ui,sans-serif}
header span{font-weight:400;opacity:.8;margin-left:24px;font-size:15px}
article{max-width:760px;margin:28px auto;padding:0 24px}
h1{font:700 40px/1.25 system-ui,sans-serif;margin:18px 0 6px}
.byline{color:#666;font:14px system-ui,sans-serif;margin-bottom:18px}
</style></head><body>
<header>Canada Immigration News<span>Express Entry · Provincial programs · Study · Work</span></header>
<main><article>
<h1>IRCC holds Express Entry draw #238</h1>
<p class="byline">January 19, 2023 · Staff writer</p>
<p>On January 18, 2023, Immigration, Refugees and Citizenship Canada (IRCC) issued ${draw.drawSize} invitations to apply
in an Express Entry draw open to all programs. The minimum CRS score was ${draw.drawCRS}.</p>
<p>A week earlier, on January 11, 2023, IRCC invited ${before.drawSize} candidates in an Express Entry draw with a
minimum CRS score of ${Number(before.drawCRS) + 10}.</p>
<p>Candidates who receive an invitation have 60 days to submit a complete application for permanent residence.</p>
</article></main></body></html>`;
}

function serveListingData(hosts: OfficialHosts) {
  hosts.serve(FEED_URL, { body: feed.body, headers: { 'Content-Type': 'application/json' } });
  serveProvinces(hosts);
  hosts.serve(ARTICLE_URL, {
    body: listingArticle(),
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

test('the listing is made in English and Canadian French, the languages the build ships', () => {
  expect([...LOCALES]).toEqual(expect.arrayContaining(['en', 'fr']));
  for (const locale of LOCALES) {
    expect(
      JSON.parse(readFileSync(join(BUILD, '_locales', locale, 'messages.json'), 'utf8')).extName,
    ).toBeTruthy();
  }
});

for (const locale of LOCALES) {
  test(`store listing screenshots in ${locale}`, async ({ hosts }) => {
    serveListingData(hosts);
    const context = await launchWithExtension(hosts, '', { lang: locale });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // The browser runs in the listing's language, or the pictures would lie.
      expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${locale}\\b`));
      const run: ListingRun = {
        context,
        extensionId: worker.url().split('/')[2] ?? '',
        messages: JSON.parse(readFileSync(join(BUILD, '_locales', locale, 'messages.json'), 'utf8')),
      };
      // A user with a score, so the popup shows its verdicts.
      const options = await extensionTab(run, 'options.html', SCREENSHOT);
      await options.locator('#field-crsScore').fill('480');
      await options.locator('button[type="submit"]').click();
      await expect(options.getByRole('status')).not.toBeEmpty();
      await options.close();
      // Every page below is in the listing's language: the popup's main button says so.
      const popup = await extensionTab(run, 'popup.html', { width: 560, height: 600 });
      await expect(popup.getByRole('button', { name: translatorFor(locale).t('checkNow') })).toBeVisible();
      await expect(popup.locator('table.draws tbody tr').first()).toContainText(
        `#${feed.rounds[0]?.drawNumber}`,
      );
      await popup.close();

      mkdirSync(join(OUT, locale), { recursive: true });
      for (const shot of SHOTS) {
        const png = await shot.take(run);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], shot.name).toEqual([
          shot.size.width,
          shot.size.height,
        ]);
        writeFileSync(join(OUT, locale, `${shot.name}.png`), png);
      }
    } finally {
      await context.close();
    }
  });
}

declare const chrome: { i18n: { getUILanguage(): string } };
