// The history page with 5,000 draws stored and a user's profile (CRS 480, CEC): the production build
// in Chromium, its store filled by a real first poll (the 2026-08-05 feed) plus copies of the recorded
// draws (2015 on, as dense as a real history gets). Navigation start → first rows painted, → the
// cut-off chart drawn; a filter change → the table repainted, → the charts redrawn.
// Cold and warm opens read the page's digest of the history; the first open after draws were written
// has none yet (it reads every record and builds one), and is printed on its own. The time to the
// page's HTML parsed is printed beside them: navigation, and the page's 2 KB first script loaded and
// run (it starts the reads; the extension API it is the first to touch is set up then), none of its
// modules yet. Beside them, what no history page can beat here, measured in the same run: the page's
// own first frame as a static page (no script), and a filter's rows swapped in already built.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { HISTORY_PAGE } from '@/lib/history/page';
import { launchWithExtension } from '../e2e/support/extension';
import { OfficialHosts } from '../e2e/support/official-hosts';
import { sharedFixture } from '../support/fixtures';
import { fillStore, serviceWorker } from './popup';
import { type BenchArea, MARKS_SET, marksSet, median, ms, ratio, root } from './support';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const STORED = 5_000;
/** The filters a warm open changes to, in turn (each change shows other rows). */
const CATEGORIES = ['french', 'stem'] as const;
const COLD_RUNS = 3;
const FEED_ROUNDS = 433;
/** A CEC candidate at CRS 480, English only. */
const USER_PROFILE = {
  version: 2,
  crsScore: 480,
  eligiblePrograms: ['cec'],
  provincialNomination: false,
  frenchNclc7: false,
  occupationCategories: [],
};
type StorageApi = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

interface Marks {
  /** The page's HTML parsed (its small first script run), before any of its modules: about what any extension page costs here. */
  parsedAt?: number;
  rowsAt?: number;
  chartAt?: number;
}

/** Opens the page with marks set (in the page) when the first rows and the chart are painted. */
async function openHistory(context: BrowserContext): Promise<{ page: Page; marks: Marks }> {
  const id = (await serviceWorker(context)).url().split('/')[2];
  const page = await context.newPage();
  // A string, not a function: tsx would add its `__name` helper to a function's source.
  await page.addInitScript(`
    const marks = {};
    window.benchMarks = marks;
    // The frame after an element is in the DOM is when it is painted.
    const painted = (key) => requestAnimationFrame(() => setTimeout(() => {
      marks[key] = performance.now();
      if (marks.rowsAt > 0 && marks.chartAt > 0) console.debug(${JSON.stringify(MARKS_SET)});
    }, 0));
    const observer = new MutationObserver(() => {
      if (marks.rowsAt === undefined && document.querySelector('table.history-table tbody tr')) {
        marks.rowsAt = -1;
        painted('rowsAt');
      }
      if (marks.chartAt === undefined && document.querySelector('#chart-crs canvas')) {
        marks.chartAt = -1;
        painted('chartAt');
      }
      if (marks.rowsAt !== undefined && marks.chartAt !== undefined) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  `);
  const painted = marksSet(page);
  await page.goto(`chrome-extension://${id}/${HISTORY_PAGE}`);
  await painted;
  const marks = await page.evaluate(() => ({
    ...(window as unknown as { benchMarks: Marks }).benchMarks,
    parsedAt: performance.getEntriesByType('navigation')[0]?.toJSON().domInteractive,
  }));
  return { page, marks };
}

/** A filter chosen (Express Entry category), to the table repainted and to the charts redrawn. */
async function changeFilter(page: Page, category: string): Promise<{ table: number; charts: number }> {
  // A string, not a function: tsx would add its `__name` helper to a function's source.
  return page.evaluate(`new Promise((done) => {
    const select = document.getElementById('filter-category');
    const firstRow = () => document.querySelector('table.history-table tbody tr')?.getAttribute('data-draw-id');
    const chartBefore = document.querySelector('#chart-crs canvas');
    const before = firstRow();
    const start = performance.now();
    select.value = ${JSON.stringify(category)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    let table = 0;
    const frame = () => requestAnimationFrame(() => setTimeout(() => {
      const now = performance.now();
      if (table === 0 && firstRow() !== before) table = now - start;
      const chart = document.querySelector('#chart-crs canvas');
      if (table > 0 && chart !== null && chart !== chartBefore) done({ table, charts: now - start });
      else frame();
    }, 0));
    frame();
  })`);
}

/** What the page drew, as HTML: its first frame (when its rows came), and its rows once each category is chosen. */
interface Drawn {
  firstFrame: string;
  bodies: string[];
}

async function captureDrawn(context: BrowserContext, categories: readonly string[]): Promise<Drawn> {
  const id = (await serviceWorker(context)).url().split('/')[2];
  const page = await context.newPage();
  // Preact draws the first rows in one task: the document at the observer's callback is what is painted.
  await page.addInitScript(`
    const observer = new MutationObserver(() => {
      if (!document.querySelector('table.history-table tbody tr')) return;
      window.benchFirstFrame = document.documentElement.outerHTML;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  `);
  await page.goto(`chrome-extension://${id}/${HISTORY_PAGE}`);
  await page.waitForSelector('#chart-invitations canvas');
  const firstFrame = await page.evaluate(
    () => (window as unknown as { benchFirstFrame: string }).benchFirstFrame,
  );
  const bodies: string[] = [];
  for (const category of categories) {
    await changeFilter(page, category);
    bodies.push(
      await page.evaluate(() => document.querySelector('table.history-table tbody')?.outerHTML ?? ''),
    );
  }
  await page.close();
  return { firstFrame, bodies };
}

/**
 * The reference a history page cannot beat: a copy of the build holding the page's first frame as a
 * static page (same HTML, same stylesheets, same extension scheme; no script at all). Its idle worker
 * runs no poll beside the pages measured.
 */
function staticReference(drawn: Drawn): string {
  const dir = mkdtempSync(join(tmpdir(), 'draw-alerts-bench-static-'));
  cpSync(resolve(root, '.output/chrome-mv3'), dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  manifest.background = { service_worker: 'bench-idle.js' };
  writeFileSync(join(dir, 'bench-idle.js'), '');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const page = drawn.firstFrame
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(dir, STATIC_PAGE), `<!DOCTYPE html>${page}`);
  return dir;
}
const STATIC_PAGE = 'first-frame.html';

/**
 * Opens the static reference, marked when it is painted whole: when its parser is done (the page's
 * own mark is at its first render, which puts the whole frame in at once).
 */
async function openStatic(context: BrowserContext): Promise<{ page: Page; rowsAt: number }> {
  const id = (await serviceWorker(context)).url().split('/')[2];
  const page = await context.newPage();
  await page.addInitScript(`
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => {
      window.benchRowsAt = performance.now();
      console.debug(${JSON.stringify(MARKS_SET)});
    }, 0)));
  `);
  const painted = marksSet(page);
  await page.goto(`chrome-extension://${id}/${STATIC_PAGE}`);
  await painted;
  const rowsAt = await page.evaluate(() => (window as unknown as { benchRowsAt: number }).benchRowsAt);
  return { page, rowsAt };
}

/** The static page's rows replaced by a filter's, built beforehand: only the browser's layout and paint of them. */
async function swapRows(page: Page, body: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const holder = document.createElement('table');
    holder.innerHTML = ${JSON.stringify(body)};
    const rows = holder.querySelector('tbody');
    const start = performance.now();
    document.querySelector('table.history-table tbody').replaceWith(rows);
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  })`);
}

export const historyArea: BenchArea = async ({ runs }) => {
  const hosts = await OfficialHosts.start();
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', '2026-08-05.json'),
    headers: { 'Content-Type': 'application/json' },
  });
  const profile = mkdtempSync(join(tmpdir(), 'draw-alerts-bench-history-'));
  let staticDir = '';
  let staticContext: BrowserContext | null = null;
  try {
    const count = await fillStore(hosts, profile, FEED_ROUNDS, STORED);

    // The first open after draws were written (here: the 5,000 added above) has no current digest:
    // it reads and checks every record, shows the newest page meanwhile, and keeps a digest.
    let context = await launchWithExtension(hosts, profile);
    // A user who has said where they stand (the verdict column and the CRS line are drawn for them).
    await (await serviceWorker(context)).evaluate(
      (stored) => (globalThis as unknown as StorageApi).chrome.storage.local.set({ profile: stored }),
      USER_PROFILE,
    );
    const rebuilt = await openHistory(context);
    await rebuilt.page.close();
    await context.close();

    const cold: Marks[] = [];
    const warm: Marks[] = [];
    const tables: number[] = [];
    const charts: number[] = [];
    const staticRows: number[] = [];
    const staticSwaps: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      context = await launchWithExtension(hosts, profile);
      await serviceWorker(context);
      const first = await openHistory(context);
      cold.push(first.marks);
      await first.page.close();
      if (run === COLD_RUNS - 1) {
        // The static reference opened in turn with the page (another browser, the same moments).
        const drawn = await captureDrawn(context, CATEGORIES);
        staticDir = staticReference(drawn);
        staticContext = await launchWithExtension(hosts, '', { extensionDir: staticDir });
        await (await openStatic(staticContext)).page.close();
        for (let open = 0; open < runs; open++) {
          const opened = await openHistory(context);
          warm.push(opened.marks);
          // A filter is changed on a page that has finished drawing (the invitations chart comes a
          // frame after the cut-off chart).
          await opened.page.waitForSelector('#chart-invitations canvas');
          await opened.page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          // Alternate two categories so each change shows other rows.
          const change = await changeFilter(opened.page, CATEGORIES[open % 2] ?? 'french');
          tables.push(change.table);
          charts.push(change.charts);
          await opened.page.close();

          const reference = await openStatic(staticContext);
          staticRows.push(reference.rowsAt);
          await reference.page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          staticSwaps.push(await swapRows(reference.page, drawn.bodies[open % 2] ?? ''));
          await reference.page.close();
        }
      }
      await context.close();
    }
    const of = (list: Marks[], key: keyof Marks) => median(list.map((marks) => marks[key] ?? Number.NaN));
    return [
      `History page with ${count} draws stored and a profile (production build; cold: first open after the browser starts, median of ${COLD_RUNS}; warm: median of ${runs} later opens):`,
      `  ${'what'.padEnd(44)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}   target`,
      `  ${'open to the HTML parsed (no module run yet)'.padEnd(44)} ${ms(of(cold, 'parsedAt')).padStart(9)} ${ms(of(warm, 'parsedAt')).padStart(9)}`,
      `  ${'open to first rows painted'.padEnd(44)} ${ms(of(cold, 'rowsAt')).padStart(9)} ${ms(of(warm, 'rowsAt')).padStart(9)}   ≤ 200 ms`,
      `  ${'  reference: that frame as a static page'.padEnd(44)} ${''.padStart(9)} ${ms(median(staticRows)).padStart(9)}   (page ${ratio(of(warm, 'rowsAt'), median(staticRows))} it)`,
      `  ${'open to cut-off chart drawn'.padEnd(44)} ${ms(of(cold, 'chartAt')).padStart(9)} ${ms(of(warm, 'chartAt')).padStart(9)}   ≤ 100 ms after the rows`,
      `  ${'chart drawn after the rows'.padEnd(44)} ${ms(of(cold, 'chartAt') - of(cold, 'rowsAt')).padStart(9)} ${ms(of(warm, 'chartAt') - of(warm, 'rowsAt')).padStart(9)}`,
      `  ${'after new draws (no digest): first rows'.padEnd(44)} ${ms(rebuilt.marks.rowsAt ?? Number.NaN).padStart(9)} ${''.padStart(9)}   (one open, cold)`,
      `  ${'after new draws (no digest): chart drawn'.padEnd(44)} ${ms(rebuilt.marks.chartAt ?? Number.NaN).padStart(9)}`,
      `  ${'category filter changed → table painted'.padEnd(44)} ${''.padStart(9)} ${ms(median(tables)).padStart(9)}   ≤ 50 ms`,
      `  ${'  reference: its rows swapped in, prebuilt'.padEnd(44)} ${''.padStart(9)} ${ms(median(staticSwaps)).padStart(9)}   (page ${ratio(median(tables), median(staticSwaps))} it)`,
      `  ${'category filter changed → charts redrawn'.padEnd(44)} ${''.padStart(9)} ${ms(median(charts)).padStart(9)}`,
    ];
  } finally {
    await hosts.stop();
    rmSync(profile, { recursive: true, force: true });
    await staticContext?.close();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  }
};
