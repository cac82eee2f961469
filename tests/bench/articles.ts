// Annotation pass vs. mark.js, on the recorded article pages and a ~1 MB page made of their sentences.
// Called from tests/bench/run.ts: `for (const line of await measureArticles({ browser })) say(line);`
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { build, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '../..');

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

/**
 * What runs in the Chromium page: the real annotator (lib/annotate/annotator.ts) with the background's
 * resolution done in the page (same lib functions, no Dexie, no messaging), and mark.js.
 * mark.js highlights the annotator's trigger vocabulary (the words a draw mention is looked for by),
 * across elements like the annotator reads text.
 */
const PAGE_SOURCE = `
import Mark from 'mark.js';
import { createAnnotator } from '@/lib/annotate/annotator';
import { badgeText, bannerText } from '@/lib/annotate/badge-text';
import { translatorFor } from '@/lib/i18n/catalogs';
import { indexDraws, resolveClaim } from '@/lib/annotate/resolve';
import { drawsSince, scopesOf } from '@/lib/annotate/since';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';

const TERMS = ['Express Entry', 'draw', 'round', 'ITAs', 'ITA', 'invitations', 'invited', 'CRS', 'PNP', 'LAA', 'NOI',
  'EOI', 'score', 'cut-off', 'tie-breaking rule', 'Arrima', 'NSNP'];
// The page's own words, from the English catalog (placeholders are an object since the i18n catalogs).
const t = translatorFor('en').t;
// Badge and banner texts as the background builds them, from the English messages.
const badgeT = translatorFor('en').t;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

function localResolver(draws) {
  const index = indexDraws(draws);
  return async (request) => {
    const badges = request.claims.map((claim) => {
      const resolution = resolveClaim(claim, index);
      const text = badgeText(resolution, badgeT);
      if (text === null) return null;
      return { tone: resolution.status === 'matched' ? 'ok' : 'ambiguous', text, details: [], url: null };
    });
    const banners = request.published === null ? [] :
      drawsSince({ ...request.published, source: 'meta' }, scopesOf(request.claims), draws)
        .filter((facts) => facts.count > 0).map((facts) => ({ text: bannerText(facts, badgeT), url: null }));
    return { badges, banners };
  };
}

function setPage(page) {
  document.head.innerHTML = '<meta charset="utf-8"><meta property="article:published_time" content="' + page.published + '">';
  document.body.innerHTML = '<main><article><h1>' + page.name + '</h1>' + page.html + '</article></main>';
}

/** About 1 MB of article text: the recorded bodies' sentences, shuffled into paragraphs (fixed seed). */
function largeBody(pages, targetChars) {
  const sentences = [];
  for (const page of pages) {
    const template = document.createElement('template');
    template.innerHTML = page.html;
    for (const block of template.content.querySelectorAll('p, li, h2, h3, figcaption, td')) {
      const text = (block.textContent || '').replace(/\\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.!?])\\s+(?=[A-Z])/)) if (sentence.length > 20) sentences.push(sentence);
    }
  }
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  let chars = 0;
  while (chars < targetChars) {
    const count = 3 + Math.floor(random() * 4);
    const paragraph = [];
    for (let i = 0; i < count; i++) paragraph.push(sentences[Math.floor(random() * sentences.length)]);
    const text = paragraph.join(' ');
    chars += text.length;
    // Some figures in <strong>, as the articles write them.
    parts.push('<p>' + escape(text).replace(/(\\d[\\d,]*)/, '<strong>$1</strong>') + '</p>');
    if (parts.length % 40 === 0) parts.push('<h2>' + escape(sentences[Math.floor(random() * sentences.length)].slice(0, 60)) + '</h2>');
  }
  return { html: parts.join('\\n'), chars };
}

async function measureOne(page, resolve, runs, longTasks) {
  const ours = [], work = [], marks = [];
  let badges = 0, marked = 0, ourLongest = 0, markLongest = 0;
  for (let run = 0; run < runs; run++) {
    setPage(page);
    await pause(50);
    const seen = [];
    const observer = longTasks ? new PerformanceObserver((list) => seen.push(...list.getEntries())) : null;
    observer?.observe({ type: 'longtask' });
    const annotator = createAnnotator({ document, resolve, t });
    const start = performance.now();
    await annotator.run();
    ours.push(performance.now() - start);
    work.push(annotator.stats.workMs);
    badges = annotator.stats.badges;
    await pause(100);
    if (observer) {
      observer.disconnect();
      ourLongest = Math.max(ourLongest, ...seen.map((entry) => entry.duration), 0);
    }

    setPage(page);
    await pause(50);
    const markSeen = [];
    const markObserver = longTasks ? new PerformanceObserver((list) => markSeen.push(...list.getEntries())) : null;
    markObserver?.observe({ type: 'longtask' });
    const markStart = performance.now();
    await new Promise((done) => new Mark(document.body).mark(TERMS, {
      separateWordSearch: false, acrossElements: true, diacritics: false, done: (count) => { marked = count; done(); },
    }));
    marks.push(performance.now() - markStart);
    await pause(100);
    if (markObserver) {
      markObserver.disconnect();
      markLongest = Math.max(markLongest, ...markSeen.map((entry) => entry.duration), 0);
    }
  }
  return { name: page.name, chars: page.chars, oursMs: median(ours), workMs: median(work), markMs: median(marks),
    badges, marked, ourLongest, markLongest, longTasks };
}

window.runArticleBench = async (pages, feed, runs) => {
  const resolve = localResolver(parseExpressEntryFeed(feed).draws);
  const results = [];
  for (const page of pages) {
    const template = document.createElement('template');
    template.innerHTML = page.html;
    results.push(await measureOne({ ...page, chars: (template.content.textContent || '').length }, resolve, runs, false));
  }
  const large = largeBody(pages, 1_000_000);
  results.push(await measureOne({ name: 'generated 1 MB page', html: large.html, chars: large.chars,
    published: '2023-02-22T12:00:00Z' }, resolve, Math.max(3, Math.floor(runs / 2)), true));
  return results;
};
`;

interface PageFigures {
  name: string;
  chars: number;
  oursMs: number;
  workMs: number;
  markMs: number;
  badges: number;
  marked: number;
  ourLongest: number;
  markLongest: number;
  longTasks: boolean;
}

async function pageBundle(): Promise<string> {
  const id = '\0draw-alerts-article-bench.ts';
  const virtual: Plugin = {
    name: 'draw-alerts-article-bench',
    enforce: 'pre',
    // Lib mode hands the entry over as a path: match its end.
    resolveId: (source) => (source.endsWith('virtual:article-bench') ? id : null),
    load: (loaded) => (loaded === id ? PAGE_SOURCE : null),
  };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [virtual],
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: true,
      lib: { entry: 'virtual:article-bench', formats: ['iife'], name: 'articleBench' },
    },
  });
  const [result] = output as { output: { code: string }[] }[];
  const code = result?.output[0]?.code;
  if (!code) throw new Error('vite produced no bundle for the article bench');
  return code;
}

export interface ArticleBenchOptions {
  browser: Browser;
  /** Runs per article page (the 1 MB page runs half as often, at least 3). */
  runs?: number;
  /** ../shared/fixtures, or DRAW_ALERTS_FIXTURES. */
  fixturesDir?: string;
}

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
    await page.addScriptTag({ content: await pageBundle() });
    const results = await page.evaluate(
      ([input, body, count]) =>
        (
          window as unknown as {
            runArticleBench(pages: unknown, feed: string, runs: number): Promise<PageFigures[]>;
          }
        ).runArticleBench(input, body, count),
      [pages, feed, runs] as const,
    );
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
    const lines = [
      `Article annotation vs mark.js (median of ${runs}; 1 MB page: ${Math.max(3, Math.floor(runs / 2))} runs; mark.js marks the annotator's trigger words, acrossElements):`,
      `  ${'page'.padEnd(46)} ${'text'.padStart(8)} ${'pass'.padStart(9)} ${'busy'.padStart(9)} ${'mark.js'.padStart(9)}  badges/marks  faster`,
    ];
    for (const item of results) {
      lines.push(
        `  ${item.name.slice(0, 46).padEnd(46)} ${`${Math.round(item.chars / 1000)} k`.padStart(8)} ${ms(item.oursMs)} ${ms(item.workMs)} ${ms(item.markMs)}  ${`${item.badges}/${item.marked}`.padStart(12)}  ${item.oursMs < item.markMs ? 'yes' : 'NO'}`,
      );
    }
    const articles = results.filter((item) => !item.longTasks);
    const large = results.find((item) => item.longTasks);
    lines.push(
      `  slowest article pass: ${ms(Math.max(...articles.map((item) => item.oursMs)))}   target < 16 ms`,
    );
    if (large !== undefined) {
      lines.push(
        `  1 MB page longest task: annotator ${large.ourLongest === 0 ? 'none over 50 ms' : ms(large.ourLongest)}, mark.js ${large.markLongest === 0 ? 'none over 50 ms' : ms(large.markLongest)}   target: none over 50 ms`,
      );
    }
    lines.push(
      "  pass = start to last badge in the page (resolution in the page; the extension adds one message round trip); busy = the pass's own slices.",
    );
    return lines;
  } finally {
    await page.close();
  }
}
