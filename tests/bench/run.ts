// `npm run bench`: measures in Debian Chromium (or DRAW_ALERTS_CHROMIUM) and prints figures, one
// area after another (one file per area). Record the printed block in BENCHMARKS.md as printed.
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../support/chromium.mjs';
import { measureArticles } from './articles';
import { bundlesArea } from './bundles';
import { historyArea } from './history';
import { ingestArea } from './ingest';
import { popupArea } from './popup';
import { resolutionArea } from './resolution';
import { scheduleArea } from './schedule';
import { type BenchArea, type BenchContext, root } from './support';

const articlesArea: BenchArea = (context) =>
  measureArticles({ browser: context.browser, runs: context.runs, fixturesDir: context.fixturesDir });

const AREAS: [string, BenchArea][] = [
  ['schedule', scheduleArea],
  ['ingest', ingestArea],
  ['popup', popupArea],
  ['history', historyArea],
  ['resolution', resolutionArea],
  ['articles', articlesArea],
  ['bundles', bundlesArea],
];

// `npm run bench -- schedule ingest` runs only those areas.
const only = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const say = (line: string) => console.log(line);
try {
  const context: BenchContext = {
    browser,
    runs: 7,
    fixturesDir: process.env.DRAW_ALERTS_FIXTURES ?? resolve(root, '../shared/fixtures'),
  };
  say(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser.version()}`,
  );
  say(
    `Date: ${new Date().toISOString().slice(0, 10)}; load average at start ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  for (const [name, area] of AREAS) {
    if (only.length > 0 && !only.includes(name)) continue;
    say('');
    for (const line of await area(context)) say(line);
  }
  say('');
  say(
    `Load average at end ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
}
