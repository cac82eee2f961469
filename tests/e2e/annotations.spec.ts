import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { sharedFixture } from '../support/fixtures';
import { expect, type LaunchedExtension, launchWithExtension, test } from './support/extension';
import type { OfficialHosts } from './support/official-hosts';
import { article, articlePage, isoOf, pageIntegrity, RecordedFeed, shortDate } from './support/recorded-feed';
import { countStoredDraws } from './support/stored-draws';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const FEED_COPY = '2023-04-13';
const HOST = '[data-draw-alerts]';
const BADGE = '[data-draw-alerts="badge"]';
const MARK = '[data-draw-alerts="mark"]';
const BANNER = '[data-draw-alerts="banner"]';

const feed = new RecordedFeed(FEED_COPY);
const rounds = feed.rounds;
const round = (number: string) => feed.round(number);
const recordOf = (number: string) => feed.recordOf(number);

const html = { 'Content-Type': 'text/html; charset=utf-8' };

function storedDraws(worker: Worker): Promise<number> {
  return worker.evaluate(countStoredDraws);
}

/** Launch with the recorded feed served, and wait until its rounds are stored. */
async function launchWithFeed(launch: () => Promise<LaunchedExtension>): Promise<LaunchedExtension> {
  const extension = await launch();
  const worker = await extension.serviceWorker();
  await expect.poll(() => storedDraws(worker), { timeout: 20_000 }).toBe(rounds.length);
  return extension;
}

/** Texts of the badges in document order, read through their (open) shadow roots. */
function badgeTexts(page: Page): Promise<string[]> {
  return page.locator(BADGE).locator('button').allTextContents();
}

/** The page as the site served it vs. the page now, minus our hosts. */
function integrity(page: Page, served: string) {
  return page.evaluate(pageIntegrity, served);
}

test('a curated site: badges with the official values, a wrong figure flagged, the banner, nothing twice', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', `${FEED_COPY}.json`),
    headers: { 'Content-Type': 'application/json' },
  });
  // The recorded immigrationcoach body about round 238, on a curated site, with one sentence of our
  // own whose CRS is deliberately wrong (round 237's official minimum is 507).
  const wrongCrs = Number(round('237').drawCRS) + 10;
  const pageUrl = 'https://www.cicnews.com/2023/01/express-entry-draw-238-0101.html';
  const served = articlePage({
    title: 'Express Entry draw 238',
    published: '2023-01-19T15:00:00+00:00',
    body: article('immigrationcoach-express-entry-draw-238.html'),
    extra: `<p>A week earlier, on January 11, 2023, IRCC invited <strong>5,500</strong> candidates in an Express Entry draw with a minimum CRS score of <strong>${wrongCrs}</strong>. See <a href="https://www.cicnews.com/2023/01/express-entry-draw-237.html">our report</a>.</p>`,
  });
  hosts.serve(pageUrl, { body: served, headers: html });
  const extension = await launchWithFeed(launch);
  const page = await extension.context.newPage();
  await page.goto(pageUrl);

  // Badges: the headline's round in full, then the wrong round of our sentence, which names the round
  // it was checked against. The article's own mentions of round 238 (its figures, the number in its
  // footer) get compact marks: one full badge per round. The site's rule reads its article (and its
  // widgets of draws), not the rest of the page's chrome.
  await expect(page.locator(BADGE)).toHaveCount(2);
  await expect(page.locator(MARK)).toHaveCount(2);
  expect(await badgeTexts(page)).toEqual([
    recordOf('238'),
    `IRCC round #237: CRS ${round('237').drawCRS} (article: ${wrongCrs})`,
  ]);
  await expect(page.locator(BADGE).nth(1)).toHaveAttribute('data-tone', 'mismatch');
  await expect(page.locator(BADGE).nth(0)).toHaveAttribute('data-tone', 'ok');
  await expect(page.locator(MARK).first().locator('[role="img"]')).toHaveAttribute(
    'aria-label',
    `Draw Alerts, as above: ${recordOf('238')}`,
  );

  // Each sits right after the figure it checks.
  const before = await page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector)).map((host) => {
      const previous = host.previousSibling;
      return previous?.textContent?.slice(-10) ?? '';
    });
  }, `${BADGE}, ${MARK}`);
  expect(before[0]).toMatch(/draw 238$/);
  expect(before[1]?.trim()).toMatch(/490$/);
  expect(before[2]).toMatch(/238$/);
  expect(before[3]).toBe(String(wrongCrs));

  // Keyboard and screen readers: a button with a name; focus shows the details and the official link.
  const first = page.locator(BADGE).nth(0).getByRole('button');
  await expect(first).toHaveAttribute('aria-label', `Draw Alerts, official record: ${recordOf('238')}`);
  const link = page.locator(BADGE).nth(0).getByRole('link', { name: 'Official record' });
  await expect(link).toBeHidden();
  await first.focus();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute(
    'href',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=238',
  );
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();

  // The banner: every round after publication (January 19, 2023), and the newest one.
  const newer = rounds.filter((item) => isoOf(item.drawDate) > '2023-01-19');
  const latest = newer.reduce((a, b) => (isoOf(a.drawDate) >= isoOf(b.drawDate) ? a : b));
  const banner = page.locator(BANNER);
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText(
    `${newer.length} Express Entry rounds since this article · latest #${latest.drawNumber}, ${shortDate(isoOf(latest.drawDate))} · CRS ${latest.drawCRS}`,
  );
  // At the top of the article, before its headline.
  expect(
    await page.evaluate(() =>
      document.querySelector('article')?.firstElementChild?.getAttribute('data-draw-alerts'),
    ),
  ).toBe('banner');

  // Nothing inside form fields, code or editable regions; the page's text, links and fields as served.
  expect(
    await page.locator(`form ${HOST}, pre ${HOST}, code ${HOST}, [contenteditable] ${HOST}`).count(),
  ).toBe(0);
  const check = await integrity(page, served);
  expect(check.now).toEqual(check.original);

  // Content the page adds later is annotated too (round 240 is in the recorded feed).
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.append('Update: Express Entry draw #240 followed on February 2, 2023.');
    document.querySelector('article')?.append(paragraph);
  });
  await expect(page.locator(BADGE)).toHaveCount(3);
  expect((await badgeTexts(page))[2]).toBe(recordOf('240'));
  // The text typed into the form is still what the page put there; nothing was added inside the fields.
  expect(await page.locator(`form ${HOST}, pre ${HOST}, [contenteditable] ${HOST}`).count()).toBe(0);
  await expect(page.locator(BANNER)).toHaveCount(1);
});

test('recorded articles at their real URLs: a report page gets nothing at all', async ({ hosts, launch }) => {
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', `${FEED_COPY}.json`),
    headers: { 'Content-Type': 'application/json' },
  });
  const reportUrl =
    'https://www.cicnews.com/2023/02/canada-releases-annual-report-on-express-entry-for-2021-0233078.html';
  const report = articlePage({
    title: 'Canada releases annual report on Express Entry for 2021',
    published: '2023-02-22T12:00:00+00:00',
    body: article('cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html'),
  });
  hosts.serve(reportUrl, { body: report, headers: html });
  // A provincial article on a curated site, about a draw no stored record has (no PNP source is
  // served here): no badge is forced onto an unrelated record, and no banner.
  const manitobaUrl =
    'https://immigrationnewscanada.ca/latest-manitoba-pnp-draw-sent-336-new-invites-for-pr/';
  hosts.serve(manitobaUrl, {
    body: articlePage({
      title: 'Latest Manitoba PNP draw sent 336 new invites for PR',
      published: '2023-01-26T18:00:00+00:00',
      body: article('immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html'),
    }),
    headers: html,
  });
  // The same curated site, a page that does mention a stored round: proves the script runs there.
  const controlUrl = 'https://www.cicnews.com/2023/04/express-entry-draw-246.html';
  hosts.serve(controlUrl, {
    body: articlePage({
      title: 'Round of invitations on April 12',
      published: '2023-04-13T12:00:00+00:00',
      body: '<p>IRCC held Express Entry draw #246 on April 12, 2023.</p>',
    }),
    headers: html,
  });
  const extension = await launchWithFeed(launch);
  const page = await extension.context.newPage();

  await page.goto(controlUrl);
  await expect(page.locator(BADGE)).toHaveCount(1);
  expect(await badgeTexts(page)).toEqual([recordOf('246')]);

  await page.goto(reportUrl);
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => document.querySelectorAll('[data-draw-alerts]').length)).toBe(0);
  const check = await integrity(page, report);
  expect(check.now).toEqual(check.original);

  await page.goto(manitobaUrl);
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => document.querySelectorAll('[data-draw-alerts]').length)).toBe(0);
});

/** Like the shared `launch`, with a profile directory of our own that outlives one browser run. */
async function launchInProfile(hosts: OfficialHosts, profile: string) {
  const context = await launchWithExtension(hosts, profile);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: worker.url().split('/')[2] ?? '' };
}

/**
 * What Chrome records when the user accepts the "Annotate this site" prompt (the runtime grant of an
 * optional host permission), written into the closed profile: Playwright cannot click the prompt.
 */
function grantHostInProfile(profile: string, extensionId: string, pattern: string) {
  const path = join(profile, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(path, 'utf8'));
  const settings = preferences.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'runtime_granted_permissions', 'active_permissions']) {
    settings[key] ??= {};
    for (const kind of ['explicit_host', 'scriptable_host']) {
      settings[key][kind] = [...(settings[key][kind] ?? []), pattern];
    }
  }
  writeFileSync(path, JSON.stringify(preferences));
}

test('a site outside the list gets nothing until the user allows it, and nothing after they stop', async ({
  hosts,
}) => {
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', `${FEED_COPY}.json`),
    headers: { 'Content-Type': 'application/json' },
  });
  // The recorded article at its real URL: immigrationcoach.ca is not a curated site.
  const pageUrl = 'https://immigrationcoach.ca/express-entry-draw-238/';
  const served = articlePage({
    title: 'Express Entry Draw',
    published: '2023-01-18T20:00:00+00:00',
    body: article('immigrationcoach-express-entry-draw-238.html'),
  });
  hosts.serve(pageUrl, { body: served, headers: html });
  const origin = 'https://immigrationcoach.ca';
  const profile = mkdtempSync(join(tmpdir(), 'draw-alerts-annotations-'));
  let context: BrowserContext | null = null;
  try {
    // 1. Not allowed: the page is left alone, no script is registered for it.
    let run = await launchInProfile(hosts, profile);
    context = run.context;
    await expect.poll(() => storedDraws(run.worker), { timeout: 20_000 }).toBe(rounds.length);
    let page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-draw-alerts]').length)).toBe(0);

    // 2. Listed in the settings (as the popup control writes them) but the permission was refused:
    // still nothing registered.
    await run.worker.evaluate(async (site) => {
      await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({
        annotationSettings: { version: 1, enabled: true, disabledSites: [], allowedSites: [site] },
      });
    }, origin);
    await page.waitForTimeout(500);
    expect(
      await run.worker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts(),
      ),
    ).toEqual([]);
    const extensionId = run.extensionId;
    await context.close();
    context = null;

    // 3. Allowed: the grant is in the profile; at its start the worker registers the script for the site.
    grantHostInProfile(profile, extensionId, `${origin}/*`);
    run = await launchInProfile(hosts, profile);
    context = run.context;
    const worker = run.worker;
    expect(
      await worker.evaluate(
        (site) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.permissions.contains({
            origins: [`${site}/*`],
          }),
        origin,
      ),
    ).toBe(true);
    await expect
      .poll(() =>
        worker.evaluate(() =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts(),
        ),
      )
      .toEqual([
        expect.objectContaining({ id: 'draw-alerts-annotate-user-sites', matches: [`${origin}/*`] }),
      ]);
    page = await context.newPage();
    await page.goto(pageUrl);
    // A site the user added is read whole: the article's two mentions of round 238 and the editable
    // note in its aside (checked too; its mark goes after the editable region, never inside it).
    await expect(page.locator(BADGE)).toHaveCount(1);
    await expect(page.locator(MARK)).toHaveCount(2);
    expect(await badgeTexts(page)).toEqual([recordOf('238')]);
    expect(
      await page.evaluate(() =>
        document.querySelector('[contenteditable]')?.nextElementSibling?.getAttribute('data-draw-alerts'),
      ),
    ).toBe('mark');
    // Published the evening of the draw: every later round of the recorded feed is "since".
    const newer = rounds.filter((item) => isoOf(item.drawDate) > '2023-01-18');
    await expect(page.locator(BANNER)).toContainText(
      `${newer.length} Express Entry rounds since this article`,
    );
    const check = await integrity(page, served);
    expect(check.now).toEqual(check.original);

    // Running the content script a second time on the page adds nothing.
    await page.bringToFront();
    const injected = await worker.evaluate(async () => {
      const [tab] = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({
        active: true,
      });
      if (tab?.id === undefined) throw new Error('no active tab');
      return (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.executeScript({
        target: { tabId: tab.id },
        files: ['annotate.js'],
      });
    });
    expect(injected).toHaveLength(1);
    await page.waitForTimeout(500);
    await expect(page.locator(HOST)).toHaveCount(4);

    // 4. "Stop annotating this site": the permission goes, the registration follows, the page is left alone.
    expect(
      await worker.evaluate(
        (site) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.permissions.remove({
            origins: [`${site}/*`],
          }),
        origin,
      ),
    ).toBe(true);
    await expect
      .poll(() =>
        worker.evaluate(() =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts(),
        ),
      )
      .toEqual([]);
    await page.reload();
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-draw-alerts]').length)).toBe(0);
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

interface ChromeApi {
  tabs: { query(filter: { active: boolean }): Promise<Array<{ id?: number }>> };
  scripting: {
    executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown[]>;
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
  };
  permissions: {
    contains(options: { origins: string[] }): Promise<boolean>;
    remove(options: { origins: string[] }): Promise<boolean>;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}
