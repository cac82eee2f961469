// Shared by the bench areas (one file per measured area; tests/bench/run.ts prints them in turn).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';

export const root = resolve(import.meta.dirname, '../..');

export interface BenchContext {
  /** One headless Chromium for the page-level areas (a new context = a new renderer, cold). */
  browser: Browser;
  /** Repetitions for a median. */
  runs: number;
  /** ../shared/fixtures, or DRAW_ALERTS_FIXTURES. */
  fixturesDir: string;
}

/** An area of the bench: measures and returns the lines to print. */
export type BenchArea = (context: BenchContext) => Promise<string[]>;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
export const ms = (value: number): string => `${value.toFixed(1)} ms`;
/** `2.41×`: growth between two figures of the same run. */
export const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}×`;

/**
 * The console line a page's init script writes when its marks are set. Waited for this way rather
 * than with `waitForFunction`, whose first use sends the page Playwright's 300 KB injected script:
 * 10–16 ms on the page's main thread, landing between the marks it is meant to read.
 */
export const MARKS_SET = 'draw-alerts-bench: marks set';
export const marksSet = (page: Page): Promise<unknown> =>
  page.waitForEvent('console', { predicate: (message) => message.text() === MARKS_SET });

/** A lib/ module bundled for a page (IIFE), as the extension's build would bundle it. */
export async function bundleForPage(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'bench' },
    },
  });
  const [result] = output as { output: { code: string }[] }[];
  const code = result?.output[0]?.code;
  if (!code) throw new Error(`vite produced no bundle for ${entry}`);
  return code;
}

/** An empty page on a real origin (IndexedDB needs one), served locally. */
export async function blankOrigin() {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * A page in a new browser context (its own renderer: nothing compiled yet) with `script` loaded;
 * `close` ends the context.
 */
export async function coldPage(
  browser: Browser,
  url: string,
  script: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: script });
  return { page, close: () => context.close() };
}
