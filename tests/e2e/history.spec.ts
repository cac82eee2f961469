import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { HISTORY_PAGE } from '../../lib/history/page';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { sharedFixture } from '../support/fixtures';
import { expect, type LaunchedExtension, launchWithExtension, test } from './support/extension';
import { FRENCH_SPEAKER_FSW_410 } from './support/profiles';
import { isoOf, RecordedFeed } from './support/recorded-feed';
import { countStoredDraws } from './support/stored-draws';

/** What a page's init script saw of it being drawn. */
interface Seen {
  firstNotes: Record<string, string> | null;
  firstTableTop: number | null;
  crsCanvases: number;
  layoutShift: number;
}

/** The extension API as the callbacks below see it, run inside the worker. */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
};

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const PEI_URL =
  'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws';
const feed = new RecordedFeed('2026-08-05');
const t = CATALOGS.en;

/** IRCC's French-language rounds of 2026, read from the recorded feed itself, newest first. */
const frenchRounds2026 = feed.rounds
  .filter((round) => /french/i.test((round as unknown as { drawName: string }).drawName))
  .filter((round) => isoOf(round.drawDate).startsWith('2026'))
  .map((round) => round.drawNumber);

/** Launches with the whole recorded feed and PEI's real page, and waits until both are stored. */
async function launchWithHistory(
  hosts: Parameters<Parameters<typeof test>[2]>[0]['hosts'],
  launch: (setup?: object) => Promise<LaunchedExtension>,
): Promise<LaunchedExtension> {
  hosts.serve(FEED_URL, { body: feed.body, headers: { 'Content-Type': 'application/json' } });
  hosts.serve(PEI_URL, {
    body: sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'),
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
  const extension = await launch();
  const worker = await extension.serviceWorker();
  await expect
    .poll(() => worker.evaluate(countStoredDraws), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(feed.rounds.length + 6);
  return extension;
}

async function openHistory(extension: LaunchedExtension, search = ''): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${HISTORY_PAGE}${search}`);
  return page;
}

/** Writes `record` into the extension's draws as it is, as an older version's bug or a broken disk would. */
const putStoredRecord = (worker: Worker, record: object) =>
  worker.evaluate(
    (value) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('draw-alerts');
        open.onsuccess = () => {
          const transaction = open.result.transaction('draws', 'readwrite');
          transaction.objectStore('draws').put(value);
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    record,
  );

/** The stamp of the history digest stored in the extension's database ('' when there is none). */
const storedDigestStamp = (worker: Worker) =>
  worker.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('draw-alerts');
        // Not created yet: never create it here (an open connection would block the extension's upgrade).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => done('');
        open.onsuccess = () => {
          const database = open.result;
          try {
            const read = database.transaction('digests').objectStore('digests').get('history');
            read.onsuccess = () =>
              done(String((read.result as { stamp?: unknown } | undefined)?.stamp ?? ''));
            read.onerror = () => done('');
          } catch {
            done('');
          } finally {
            database.close();
          }
        };
      }),
  );

const rowNumbers = (page: Page) =>
  page.locator('table.history-table tbody tr[data-draw-id]').getByRole('rowheader').allTextContents();

test('the history page filters French-language rounds of 2026 to exactly the feed’s, charts one point per round, downloads the same rows, and keeps the filters in its address', async ({
  hosts,
  launch,
}) => {
  expect(frenchRounds2026).toHaveLength(8);
  const extension = await launchWithHistory(hosts, launch);

  // Reached from the popup: a link that opens the page in a new tab.
  const popup = await extension.openPopup();
  const [opened] = await Promise.all([
    extension.context.waitForEvent('page'),
    popup.getByRole('link', { name: t.historyLink }).click(),
  ]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`chrome-extension://${extension.extensionId}/${HISTORY_PAGE}`);
  await opened.close();
  // And from the options page.
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const [fromOptions] = await Promise.all([
    extension.context.waitForEvent('page'),
    options.getByRole('link', { name: t.historyLink }).click(),
  ]);
  await fromOptions.waitForLoadState();
  expect(fromOptions.url()).toBe(`chrome-extension://${extension.extensionId}/${HISTORY_PAGE}`);
  await expect(fromOptions.getByRole('heading', { level: 1 })).toHaveText(t.historyTitle);
  await fromOptions.close();
  await options.close();

  const page = await openHistory(extension);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.historyTitle);
  await expect(page.getByRole('status').filter({ hasText: 'match these filters' })).toHaveText(
    `${(feed.rounds.length + 6).toLocaleString('en-CA')} draws match these filters.`,
  );

  await page.getByLabel(t.historySystem, { exact: true }).selectOption('express-entry');
  await page.getByLabel(t.columnCategory, { exact: true }).selectOption('french');
  await page.getByLabel(t.historyYear, { exact: true }).selectOption('2026');
  await expect(page.locator('table.history-table tbody tr[data-draw-id]')).toHaveCount(8);
  expect(await rowNumbers(page)).toEqual(frenchRounds2026.map((number) => `#${number}`));
  expect(page.url()).toContain('?system=express-entry&category=french&year=2026');

  // The chart: one point per round shown, each reached with the keyboard and read out.
  const chart = page.getByRole('application', { name: /Minimum CRS score over time/ });
  await expect(chart.locator('canvas')).toHaveCount(1);
  // The series' line is drawn, in its colour (#1f77b4, the first of the palette): not only the axes.
  const painted = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let drawn = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const [red, green, blue] = [pixels[index] ?? 0, pixels[index + 1] ?? 0, pixels[index + 2] ?? 0];
      if (Math.abs(red - 31) < 40 && Math.abs(green - 119) < 40 && Math.abs(blue - 180) < 40) drawn++;
    }
    return drawn;
  });
  expect(painted).toBeGreaterThan(500);
  await chart.focus();
  await page.keyboard.press('End');
  const readout = page.locator('#chart-crs .chart-readout');
  const heard: string[] = [];
  for (let step = 0; step < 12; step++) {
    const text = (await readout.textContent()) ?? '';
    if (!heard.includes(text)) heard.push(text);
    await page.keyboard.press('ArrowLeft');
  }
  const pointRounds = heard.map((text) => /Round #(\w+),/.exec(text)?.[1]);
  expect(pointRounds).toEqual(frenchRounds2026);
  expect(heard[0]).toBe(`Round #429, Jul 22, 2026: 399 (CRS)`);
  // The text equivalent beside the chart.
  await expect(page.locator('#chart-crs-summary')).toHaveText(
    'French-language proficiency: 8 rounds in 2026, cut-off 393–420, last 399',
  );
  // Enter on a point opens that round's details in the table.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-draw-id="ee:394"] .row-toggle')).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.locator('tr[data-draw-id="ee:394"] .row-toggle')).toBeFocused();
  // The mouse: the point under it is read out (the nearest of every category's points), and a click
  // opens it. Put where the keyboard leaves the cursor: the last round's point.
  await chart.scrollIntoViewIfNeeded();
  await chart.focus();
  await page.keyboard.press('End');
  const lastPoint = await chart.evaluate((element) => {
    const plot = element.querySelector('.u-over')?.getBoundingClientRect();
    const shown = [...element.querySelectorAll('.u-cursor-pt')]
      .map((marker) => marker.getBoundingClientRect())
      .filter((box) => plot && box.width > 0 && box.left >= plot.left && box.top >= plot.top);
    return shown.map((box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 }));
  });
  expect(lastPoint).toHaveLength(1);
  // Eight rounds stand apart: each has its point drawn, a dot all around its place (a line alone
  // crosses two or three of these eight places around it).
  const dotAround = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement, center) => {
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const context = canvas.getContext('2d');
    let coloured = 0;
    for (let step = 0; step < 8; step++) {
      const angle = (step * Math.PI) / 4;
      const x = Math.round((center.x - box.left + 2 * Math.cos(angle)) * scale);
      const y = Math.round((center.y - box.top + 2 * Math.sin(angle)) * scale);
      const [red, green, blue] = context?.getImageData(x, y, 1, 1).data ?? [];
      if (
        Math.abs((red ?? 0) - 31) < 40 &&
        Math.abs((green ?? 0) - 119) < 40 &&
        Math.abs((blue ?? 0) - 180) < 40
      )
        coloured++;
    }
    return coloured;
  }, lastPoint[0] ?? { x: 0, y: 0 });
  expect(dotAround).toBeGreaterThanOrEqual(6);
  // The keyboard goes to the first round; the mouse then reads out the last.
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(heard.at(-1) ?? '');
  // A few pixels inside the plot: the last round sits on its right edge.
  const [pointerX, pointerY] = [(lastPoint[0]?.x ?? 0) - 3, (lastPoint[0]?.y ?? 0) + 1];
  await page.mouse.move(0, 0);
  await page.mouse.move(pointerX, pointerY);
  await expect(readout).toHaveText(heard[0] ?? '');
  await page.mouse.click(pointerX, pointerY);
  await expect(page.locator('tr[data-draw-id="ee:429"] .row-toggle')).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // The CSV download: its rows are the table's.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.historyExportCsv }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('draw-alerts-express-entry-french-2026.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Program,Round,Date,Last day,Category or stream,Official name,Invitations,Invitations are,Minimum score,Score scale,Official page,Notes',
  );
  expect(lines.slice(1).map((line) => `#${line.split(',')[1]}`)).toEqual(await rowNumbers(page));
  for (const [index, line] of lines.slice(1).entries()) {
    const round = feed.round(frenchRounds2026[index] ?? '');
    expect(line.split(',').slice(2, 10)).toEqual([
      isoOf(round.drawDate),
      '',
      'French-language proficiency',
      'French-Language proficiency 2026-Version 2',
      round.drawSize.replace(',', ''),
      'exact',
      round.drawCRS,
      'CRS',
    ]);
  }

  // Reloaded (or opened from a bookmark), the page shows the same view.
  await page.reload();
  await expect(page.locator('table.history-table tbody tr[data-draw-id]')).toHaveCount(8);
  await expect(page.getByLabel(t.historyYear, { exact: true })).toHaveValue('2026');
  await expect(page.getByLabel(t.columnCategory, { exact: true })).toHaveValue('french');
  expect(await rowNumbers(page)).toEqual(frenchRounds2026.map((number) => `#${number}`));

  // A province: PEI's draws, never on a CRS axis. Its 2026 page publishes no minimum points for
  // its labour and Express Entry draws, so no score is charted, and none is made up.
  const pei = await openHistory(extension, '?province=PE');
  const peiRows = pei.locator('table.history-table tbody tr[data-draw-id]');
  await expect(peiRows).toHaveCount(6);
  await expect(pei.getByRole('application', { name: /CRS/ })).toHaveCount(0);
  await expect(pei.getByText(t.historyNoScores)).toBeVisible();
  await expect(pei.locator('table.history-table')).not.toContainText('CRS');
  const invitations = (await peiRows.locator('td.number:nth-of-type(3)').allTextContents()).map(Number);
  const total = invitations.reduce((sum, value) => sum + value, 0);
  expect(total).toBeGreaterThan(0);
  await expect(pei.locator('#chart-invitations-summary li').first()).toHaveText(
    new RegExp(`^6 draws, ${total} invitations; most in June 2026: ${invitations[0]}\\.$`),
  );
});

test('the digest is built by the background after a poll; with a profile stored, the first rows carry their verdicts and the cut-off chart the user’s CRS, drawn once in the place kept for it (the table does not move); a profile saved elsewhere is followed', async ({
  hosts,
  launch,
}) => {
  const extension = await launchWithHistory(hosts, launch);
  const worker = await extension.serviceWorker();
  // The background built the history's digest after its first poll, before any page asked for it.
  await expect
    .poll(() => storedDigestStamp(worker), { timeout: 30_000 })
    .toContain(`|${feed.rounds.length + 6}|`);
  const profile = FRENCH_SPEAKER_FSW_410;
  await worker.evaluate((stored) => chrome.storage.local.set({ profile: stored }), profile);
  // What the page puts in its document, seen as it is put there: the verdicts of its first rows and
  // where its table was, each cut-off chart made (a chart made again is a new canvas), and every
  // layout shift the browser saw (content moved without the user asking).
  await extension.context.addInitScript(() => {
    const seen: Seen = { firstNotes: null, firstTableTop: null, crsCanvases: 0, layoutShift: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const canvases = new Set<Element>();
    new MutationObserver((records) => {
      const rows = document.querySelectorAll('table.history-table tbody tr[data-draw-id]');
      if (seen.firstNotes === null && rows.length > 0) {
        seen.firstNotes = Object.fromEntries(
          [...rows].map((row) => [
            row.getAttribute('data-draw-id'),
            row.querySelector('.score-note')?.textContent ?? '',
          ]),
        );
        seen.firstTableTop =
          document.querySelector('table.history-table')?.getBoundingClientRect().top ?? null;
      }
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches('#chart-crs canvas')) canvases.add(node);
          for (const canvas of node.querySelectorAll('#chart-crs canvas')) canvases.add(canvas);
        }
      }
      seen.crsCanvases = canvases.size;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!shift.hadRecentInput) seen.layoutShift += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
  const verdictOf = (page: Page, number: string) =>
    page.locator(`tr[data-draw-id="ee:${number}"] .score-note`);

  for (const opening of ['first open', 'reopened']) {
    const page = await openHistory(extension);
    const legend = page.locator('#chart-crs .legend');
    await expect(legend, opening).toContainText('My CRS: 410');
    await expect(verdictOf(page, '429')).toHaveText('open to you: would have been invited (410 ≥ 399)');
    await expect(verdictOf(page, '432')).toHaveText('not open to you (Canadian Experience Class only)');
    // Once the page has drawn its second chart and is idle: the first rows already had their
    // verdicts, and the cut-off chart was made once, with the user's line.
    await expect(page.locator('#chart-invitations canvas')).toHaveCount(1);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2_000 })));
    const first = await seen(page);
    expect(first.firstNotes?.['ee:429'], opening).toBe('open to you: would have been invited (410 ≥ 399)');
    expect(first.firstNotes?.['ee:432'], opening).toBe('not open to you (Canadian Experience Class only)');
    expect(first.crsCanvases, opening).toBe(1);
    // The charts were laid out with the first rows and drawn in their places: the table is where it
    // was first painted, and the browser saw no shift in the window either.
    const tableTop = await page
      .locator('table.history-table')
      .evaluate((table) => table.getBoundingClientRect().top);
    expect(first.firstTableTop, opening).toBe(tableTop);
    expect(first.layoutShift, opening).toBe(0);
    await page.close();
  }

  // Saved on the options page (or another window) while the page is open: verdicts and line follow.
  const page = await openHistory(extension);
  await expect(verdictOf(page, '429')).toHaveText('open to you: would have been invited (410 ≥ 399)');
  await worker.evaluate((stored) => chrome.storage.local.set({ profile: stored }), {
    ...profile,
    crsScore: 380,
  });
  await expect(verdictOf(page, '429')).toHaveText('open to you: 19 points short');
  await expect(page.locator('#chart-crs .legend')).toContainText('My CRS: 380');
});

test('after an update the background builds the history digest again, though its poll finds nothing new', async ({
  hosts,
}) => {
  hosts.serve(FEED_URL, { body: feed.body, headers: { 'Content-Type': 'application/json' } });
  // The build in a folder of its own, so that its version can be raised as an update raises it.
  const folder = mkdtempSync(join(tmpdir(), 'draw-alerts-update-'));
  const extensionDir = join(folder, 'extension');
  const profileDir = join(folder, 'profile');
  cpSync(resolve(import.meta.dirname, '../../.output/chrome-mv3'), extensionDir, { recursive: true });
  const manifestFile = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
  const workerOf = async (context: BrowserContext) =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  try {
    let context = await launchWithExtension(hosts, profileDir, { extensionDir });
    const installed = await workerOf(context);
    await expect
      .poll(() => storedDigestStamp(installed), { timeout: 60_000 })
      .toContain(`|${feed.rounds.length}|`);
    expect(await storedDigestStamp(installed)).toContain(`|${manifest.version}|`);
    await context.close();

    // The next version: the digest left by the one before is stamped with its build, and is stale.
    const next = `${manifest.version}.1`;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: next }));
    context = await launchWithExtension(hosts, profileDir, { extensionDir });
    const updated = await workerOf(context);
    await expect.poll(() => storedDigestStamp(updated), { timeout: 30_000 }).toContain(`|${next}|`);
    // Nothing new came: the draws are the ones stored before the update.
    expect(await updated.evaluate(countStoredDraws)).toBe(feed.rounds.length);
    await context.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the browser’s own History page (chrome://history, Ctrl+H) stays the browser’s', async ({ launch }) => {
  const extension = await launch({ lang: 'en' });
  const page = await extension.context.newPage();
  await page.goto('chrome://history');
  // The extension's history page is its own tab (draw-history.html), never in place of the browser's.
  await expect(page).toHaveURL('chrome://history/');
  await expect(page).toHaveTitle('History');
  await expect(page.locator('#app')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: t.historyTitle })).toHaveCount(0);
});

test('a corrupt stored record is left out and counted; a database that cannot be read shows the error boundary', async ({
  hosts,
  launch,
}) => {
  const extension = await launchWithHistory(hosts, launch);
  const worker = await extension.serviceWorker();
  // Opened once: the page keeps its digest of the history, which the record below makes stale.
  const before = await openHistory(extension, '?category=french&year=2026');
  await expect(before.locator('table.history-table tbody tr[data-draw-id]')).toHaveCount(8);
  await before.close();
  // An older version's bug, or a broken disk: a record whose date is not a date. Written behind the
  // sources' backs (no poll): the page's first read takes its digest as it is, and its watch on the
  // stamp (which counts the records, once the page is idle) reads the draws again.
  await putStoredRecord(worker, { id: 'ee:9999', system: 'express-entry', date: 'garbage' });
  const page = await openHistory(extension, '?category=french&year=2026');
  await expect(page.locator('table.history-table tbody tr[data-draw-id]')).toHaveCount(8);
  await expect(page.getByText('1 stored draw could not be read and is not listed.')).toBeVisible();

  // A record damaged in place (same id, same count): the page's digest still lists it, until its
  // details are opened: they say it cannot be read, and the page reopened counts it.
  await putStoredRecord(worker, { id: 'ee:394', system: 'express-entry', date: 'garbage' });
  const damaged = await openHistory(extension, '?category=french&year=2026');
  await damaged.locator('tr[data-draw-id="ee:394"] .row-toggle').click();
  await expect(damaged.getByText(t.historyDrawGone)).toBeVisible();
  // Thrown away: no digest is stored.
  await expect.poll(() => storedDigestStamp(worker)).toBe('');
  const reopened = await openHistory(extension, '?category=french&year=2026');
  await expect(reopened.locator('table.history-table tbody tr[data-draw-id]')).toHaveCount(7);
  await expect(reopened.getByText('2 stored draws could not be read and are not listed.')).toBeVisible();

  // The browser's database refusing to open (as after a downgrade to an older version) in the pages
  // opened from now on: each says what went wrong and how to recover, instead of a blank page.
  await extension.context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The requested version is less than the existing version.', 'VersionError');
    };
  });
  for (const broken of [await openHistory(extension), await extension.openPopup()]) {
    const alert = broken.getByRole('alert');
    await expect(alert.getByRole('heading', { name: t.errorTitle })).toBeVisible();
    await expect(alert).toContainText(`What went wrong: ${t.errorDatabase}`);
    await expect(alert).toContainText(t.errorRecover);
    await expect(alert.getByRole('button', { name: t.errorReload })).toBeVisible();
    await alert.getByText(t.errorTechnical).click();
    await expect(alert.locator('code')).toContainText('VersionError');
  }
});
