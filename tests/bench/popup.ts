// The popup's first rows with 1,500 and 5,000 draws stored: the production build in Chromium, its
// store filled by a real first poll plus years of older draws. Cold: the first open after the
// browser starts; warm: later opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../e2e/support/extension';
import { OfficialHosts } from '../e2e/support/official-hosts';
import { sharedFixture } from '../support/fixtures';
import { copiesWithinYears, recordedProvinceDraws, recordedRounds } from '../support/recorded-draws';
import { type BenchArea, MARKS_SET, marksSet, median, ms, ratio } from './support';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const STORED = [1_500, 5_000];
const COLD_RUNS = 3;
/** Rounds in the 2025-07-24 copy served as the feed. */
const FEED_ROUNDS = 358;

export const serviceWorker = async (context: BrowserContext) =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** Draws in the extension's store, read from its service worker. */
export async function storedCount(context: BrowserContext): Promise<number> {
  return (await serviceWorker(context)).evaluate(
    () =>
      new Promise<number>((done) => {
        // Never creates the database (that would block the extension's own first open) and
        // closes at once (an open connection would block its upgrade).
        const open = indexedDB.open('draw-alerts');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const connection = open.result;
          if (!connection.objectStoreNames.contains('draws')) {
            connection.close();
            return done(0);
          }
          const count = connection.transaction('draws').objectStore('draws').count();
          count.onsuccess = () => {
            connection.close();
            done(count.result);
          };
        };
        open.onerror = () => done(0);
      }),
  );
}

/** Adds draws to the extension's own store (its schema, created by the build's first start). */
export async function addDraws(context: BrowserContext, draws: unknown[]): Promise<void> {
  await (await serviceWorker(context)).evaluate(
    (records) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('draw-alerts');
        open.onsuccess = () => {
          const transaction = open.result.transaction('draws', 'readwrite');
          for (const record of records) transaction.objectStore('draws').put(record);
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    draws,
  );
}

/**
 * Fills a profile's store as years of use would: the first poll at install stores the served feed's
 * `feedRounds` rounds, then copies of the recorded draws, dated within the years a real history spans,
 * bring it to `stored`. Gives the count.
 */
export async function fillStore(
  hosts: OfficialHosts,
  profile: string,
  feedRounds: number,
  stored: number,
): Promise<number> {
  const context = await launchWithExtension(hosts, profile);
  const deadline = Date.now() + 180_000;
  while ((await storedCount(context)) < feedRounds) {
    if (Date.now() > deadline) throw new Error('the first poll did not store the feed within 3 minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
  const base = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()];
  await addDraws(context, copiesWithinYears(base, stored - (await storedCount(context))));
  const count = await storedCount(context);
  await context.close();
  return count;
}

/** Opens the popup and times navigation start → first row painted. */
async function openToFirstRow(context: BrowserContext): Promise<number> {
  const id = (await serviceWorker(context)).url().split('/')[2];
  const page = await context.newPage();
  // A string, not a function: tsx would add its `__name` helper to a function's source.
  await page.addInitScript(`
    const observer = new MutationObserver(() => {
      if (document.querySelector('table.draws tbody tr')) {
        observer.disconnect();
        // The frame after the rows are in the DOM is when they are painted.
        requestAnimationFrame(() =>
          setTimeout(() => {
            window.firstRowsAt = performance.now();
            console.debug(${JSON.stringify(MARKS_SET)});
          }, 0),
        );
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  `);
  const painted = marksSet(page);
  await page.goto(`chrome-extension://${id}/popup.html`);
  await painted;
  const at = await page.evaluate(() => (window as unknown as { firstRowsAt: number }).firstRowsAt);
  await page.close();
  return at;
}

async function measureAt(stored: number, hosts: OfficialHosts, runs: number) {
  const profile = mkdtempSync(join(tmpdir(), 'draw-alerts-bench-'));
  try {
    const count = await fillStore(hosts, profile, FEED_ROUNDS, stored);
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const context = await launchWithExtension(hosts, profile);
      await serviceWorker(context);
      cold.push(await openToFirstRow(context));
      if (run === COLD_RUNS - 1)
        for (let open = 0; open < runs; open++) warm.push(await openToFirstRow(context));
      await context.close();
    }
    return { count, cold: median(cold), warm: median(warm) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export const popupArea: BenchArea = async ({ runs }) => {
  const hosts = await OfficialHosts.start();
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', '2025-07-24.json'),
    headers: { 'Content-Type': 'application/json' },
  });
  try {
    const results = [];
    for (const stored of STORED) results.push(await measureAt(stored, hosts, runs));
    const [small, large] = results;
    const lines = [
      `Popup, open to first rows painted (production build; cold: first open after the browser starts, median of ${COLD_RUNS}; warm: median of ${runs} later opens):`,
      `  ${'draws stored'.padEnd(14)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}   target < 100 ms`,
      ...results.map(
        (result) =>
          `  ${String(result.count).padEnd(14)} ${ms(result.cold).padStart(9)} ${ms(result.warm).padStart(9)}`,
      ),
    ];
    if (small !== undefined && large !== undefined) {
      lines.push(
        `  ratios ${large.count} / ${small.count} stored: cold ${ratio(large.cold, small.cold)}, warm ${ratio(large.warm, small.warm)}`,
      );
    }
    return lines;
  } finally {
    await hosts.stop();
  }
};
