// Annotation on the recorded article pages and a ~1 MB page made of their sentences: the finding work
// against mark.js at its fastest, the whole pass, and how the annotator grows with blocks and with
// mentions in one sentence. The page side is tests/bench/articles-page.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { ArticleBench } from './articles-page';
import { bundleForPage, ms, ratio, root } from './support';

/** Publication dates of the recorded bodies (their RSS item dates; see ../shared/fixtures/SOURCES.md). */
const PUBLISHED: Record<string, string> = {
  'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html': '2023-02-22T12:00:00Z',
  'immigrationcoach-express-entry-draw-238.html': '2023-01-18T20:00:00Z',
  'immigrationcoach-sinp-isw-eoi-express-entry-draw-dec-21-22.html': '2022-12-22T12:00:00Z',
  'immigrationnewscanada-bc-pnp-sent-more-than-270-new-invitations-for-pr.html': '2023-01-24T20:00:00Z',
  'immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html': '2023-01-26T20:00:00Z',
  'immigrationnewscanada-new-oinp-draw-invites-1252-express-entry-profiles-january-13.html':
    '2023-01-13T20:00:00Z',
  'immigrationnewscanada-ontario-pnp-oinp-sent-692-new-invitations-for-pr.html': '2023-01-26T20:00:00Z',
};

const call = <K extends keyof ArticleBench>(page: Page, method: K, ...args: Parameters<ArticleBench[K]>) =>
  page.evaluate(
    ([name, input]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's bench object, called by name.
      (window as any).articleBench[name](...input),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<ArticleBench[K]>>>;

export interface ArticleBenchOptions {
  browser: Browser;
  /** Runs per article page (the 1 MB page runs half as often, at least 3). */
  runs?: number;
  /** ../shared/fixtures, or DRAW_ALERTS_FIXTURES. */
  fixturesDir?: string;
}

const pad = (text: string, width: number) => text.padStart(width);
const time = (value: number) => (value === 0 ? 'none > 50' : ms(value));

/** Measure, and return the lines to print. */
export async function measureArticles(options: ArticleBenchOptions): Promise<string[]> {
  const shared =
    options.fixturesDir ?? process.env.DRAW_ALERTS_FIXTURES ?? resolve(root, '../shared/fixtures');
  const runs = options.runs ?? 7;
  const files = readdirSync(join(shared, 'articles'))
    .filter((file) => file.endsWith('.html'))
    .sort();
  const pages = files.map((file) => ({
    name: file.replace(/\.html$/, ''),
    html: readFileSync(join(shared, 'articles', file), 'utf8'),
    published: PUBLISHED[file] ?? '2023-01-31T12:00:00Z',
  }));
  const feed = readFileSync(join(shared, 'express-entry/2023-04-13.json'), 'utf8');
  const page = await options.browser.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: await bundleForPage('tests/bench/articles-page.ts') });
    // More runs for pages of a few milliseconds: this machine is noisy.
    const articles = await call(page, 'articles', pages, feed, Math.max(runs, 15));
    const scale = await call(page, 'scale', feed, Math.max(3, Math.floor(runs / 2)));

    const lines = [
      `Finding work vs mark.js at its fastest (median of ${Math.max(runs, 15)}, alternated; 1 MB page: ${Math.max(3, Math.floor(Math.max(runs, 15) / 2))} runs):`,
      "  mark.js: markRegExp with the annotator's trigger words as one expression, acrossElements, every match found and none wrapped.",
      '  find: the annotator reading the page (walk, text index, finders), no background, no DOM change.',
      `  ${'page'.padEnd(46)} ${pad('text', 7)} ${pad('find', 9)} ${pad('mark.js', 10)} ${pad('find/mark', 9)} ${pad('claims/matches', 14)}`,
    ];
    for (const item of articles) {
      lines.push(
        `  ${item.name.slice(0, 46).padEnd(46)} ${pad(`${Math.round(item.chars / 1000)} k`, 7)} ${pad(ms(item.findMs), 9)} ${pad(ms(item.markMs), 10)} ${pad(ratio(item.findMs, item.markMs), 9)} ${pad(`${item.claims}/${item.marks}`, 14)}`,
      );
    }
    const slower = articles.filter((item) => item.findMs > item.markMs).map((item) => item.name);
    lines.push(
      `  finding at least as fast as mark.js on every page: ${slower.length === 0 ? 'yes' : `NO (${slower.join(', ')})`}`,
      '',
      'Whole pass (finding, resolution in the page, badges, banner; the extension adds a message round trip):',
      `  ${'page'.padEnd(46)} ${pad('pass', 9)} ${pad('badges+marks', 13)} ${pad('longest task', 13)}`,
    );
    for (const item of articles) {
      lines.push(
        `  ${item.name.slice(0, 46).padEnd(46)} ${pad(ms(item.passMs), 9)} ${pad(`${item.badges}+${item.marksShown}`, 13)} ${pad(time(item.longestTaskMs), 13)}`,
      );
    }
    const recorded = articles.slice(0, -1);
    const large = articles[articles.length - 1];
    lines.push(
      `  slowest article pass: ${ms(Math.max(...recorded.map((item) => item.passMs)))}   target < 16 ms`,
      `  1 MB page longest task: annotator ${time(large?.longestTaskMs ?? 0)}, mark.js ${time(large?.markLongestTaskMs ?? 0)}   target: none over 50 ms`,
      '',
      `Annotator at scale (median of ${Math.max(3, Math.floor(runs / 2))}; find uncapped, pass with the page's limits):`,
      `  ${'page'.padEnd(32)} ${pad('find', 10)} ${pad('growth', 7)} ${pad('pass', 10)} ${pad('busy', 10)} ${pad('growth', 7)} ${pad('claims', 7)} ${pad('longest task', 13)} ${pad('own slice', 10)}`,
    );
    const blockRows = scale.filter((item) => item.label.endsWith('blocks'));
    const mentionRows = scale.filter((item) => !item.label.endsWith('blocks'));
    for (const rows of [blockRows, mentionRows]) {
      const base = rows[0];
      for (const item of rows) {
        lines.push(
          `  ${item.label.padEnd(32)} ${pad(ms(item.findMs), 10)} ${pad(ratio(item.findMs, base?.findMs ?? 1), 7)} ${pad(ms(item.passMs), 10)} ${pad(ms(item.busyMs), 10)} ${pad(ratio(item.busyMs, base?.busyMs ?? 1), 7)} ${pad(String(item.claims), 7)} ${pad(time(item.longestTaskMs), 13)} ${pad(ms(item.longestSliceMs), 10)}`,
        );
      }
    }
    lines.push(
      '  growth: against the first row of its group (linear: 4× and 8× for blocks, 4× for mentions).',
      '  target: no task over 50 ms at 80k blocks or in one 4,000-mention sentence.',
    );
    return lines;
  } finally {
    await page.close();
  }
}
