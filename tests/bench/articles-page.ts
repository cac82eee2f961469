// What runs in the Chromium page for tests/bench/articles.ts: the annotator's own code (finding,
// the whole pass with the background's resolution done in the page, in tasks of its own), and mark.js
// at its fastest.
import Mark from 'mark.js';
import { PHRASING } from '@/lib/annotate/finding/vocabulary';
import { createAnnotator } from '@/lib/annotate/page/annotator';
import { readRoots } from '@/lib/annotate/page/reader';
import { createSlicer } from '@/lib/annotate/page/slicer';
import { badgeText, bannerText } from '@/lib/annotate/resolving/badge-text';
import { indexDraws, resolveClaim } from '@/lib/annotate/resolving/resolve';
import { drawsSince, scopesOf } from '@/lib/annotate/resolving/since';
import type { AnnotateRequest, AnnotateResponse, BadgeInfo } from '@/lib/annotate/wire';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';
import type { PageMessages } from '@/lib/i18n/messages';
import { PAGE_CATALOGS } from '@/lib/i18n/page-catalogs';
import { createTranslator } from '@/lib/i18n/translator';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';

export interface BenchPage {
  name: string;
  html: string;
  published: string;
}

export interface FindingFigures {
  name: string;
  chars: number;
  /** The annotator's finding work: walk, text index, finders (no background, no DOM change). */
  findMs: number;
  claims: number;
  /** mark.js finding the same terms: one combined expression, across elements, nothing wrapped. */
  markMs: number;
  marks: number;
  /** The whole pass: finding, resolution in the page, badges and banner inserted. */
  passMs: number;
  badges: number;
  marksShown: number;
  longestTaskMs: number;
  markLongestTaskMs: number;
}

export interface ScaleFigures {
  label: string;
  passMs: number;
  busyMs: number;
  /** The annotator's own longest slice (its share of the longest task). */
  longestSliceMs: number;
  findMs: number;
  claims: number;
  longestTaskMs: number;
}

const { t } = createTranslator<PageMessages>('en', PAGE_CATALOGS.en);
/** Badge and banner texts as the background builds them, from the English messages. */
const badgeT = translatorFor('en').t;
/** The annotator's own trigger words, as mark.js gets them: one combined, global expression. */
const TERMS = new RegExp(PHRASING.en.trigger.source, 'gi');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A task of its own, as a message between the page and the worker arrives in one. */
function nextTask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The background's resolution, done in the page but in tasks of its own, as runtime messaging
 * delivers it (the request in one task, the answer in another): its work is not counted in the
 * annotator's tasks, and the annotator's is not hidden in it.
 */
function localResolver(draws: Draw[]) {
  const index = indexDraws(draws);
  return async (request: AnnotateRequest): Promise<AnnotateResponse> => {
    await nextTask();
    const answer = resolveInWorker(request);
    await nextTask();
    return answer;
  };
  function resolveInWorker(request: AnnotateRequest): AnnotateResponse {
    const badges = request.claims.map((claim) => {
      const resolution = resolveClaim(claim, index);
      const text = badgeText(resolution, badgeT);
      if (text === null) return null;
      const tone: BadgeInfo['tone'] = resolution.status === 'ambiguous' ? 'ambiguous' : 'ok';
      return { tone, text, details: [], url: null };
    });
    const banners =
      request.published === null
        ? []
        : drawsSince(request.published, scopesOf(request.claims), draws)
            .filter((facts) => facts.count > 0)
            .map((facts) => ({ text: bannerText(facts, badgeT), url: null }));
    return { badges, banners };
  }
}

/**
 * The page, laid out before anything is measured: its own first style and layout (long for 80,000
 * blocks) are not the annotator's work. Embedded iframes are left out: their loading is the page's
 * work too, and neither the annotator nor mark.js reads them.
 */
function setPage(page: BenchPage) {
  document.head.innerHTML = `<meta charset="utf-8"><meta property="article:published_time" content="${page.published}">`;
  document.body.innerHTML = `<main><article><h1>${page.name}</h1>${page.html.replace(/<iframe[\s\S]*?<\/iframe>/g, '')}</article></main>`;
  document.body.getBoundingClientRect();
}

/** Long tasks (over 50 ms) while `work` runs. */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ value: T; longest: number }> {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const value = await work();
  await pause(100);
  observer.disconnect();
  return { value, longest: Math.max(0, ...seen) };
}

/** The finding work alone, in slices that hand straight back (no waiting on the page). */
async function find(maxClaims = 1000) {
  const slicer = createSlicer({
    now: () => performance.now(),
    sliceMs: 8,
    yieldToPage: () => Promise.resolve(),
  });
  const started = performance.now();
  const result = await readRoots(
    [{ element: document.body }],
    { language: 'en', today: new Date().toISOString().slice(0, 10), published: '2023-02-22' },
    { slicer, maxClaims, skip: () => false },
  );
  return { ms: performance.now() - started, claims: result.found.length };
}

function markFind(): Promise<{ ms: number; count: number }> {
  let count = 0;
  const started = performance.now();
  return new Promise((done) => {
    new Mark(document.body).markRegExp(TERMS, {
      acrossElements: true,
      // Found, not wrapped: the finding work only, with no DOM change (mark.js's fastest).
      filter: () => {
        count += 1;
        return false;
      },
      done: () => done({ ms: performance.now() - started, count }),
    });
  });
}

async function pass(resolve: ReturnType<typeof localResolver>) {
  const annotator = createAnnotator({ document, resolve, language: 'en', t });
  const started = performance.now();
  await annotator.run();
  return { ms: performance.now() - started, stats: annotator.stats };
}

/** About 1 MB of article text: the recorded bodies' sentences, shuffled into paragraphs (fixed seed). */
function largeBody(pages: BenchPage[], targetChars: number): { html: string; chars: number } {
  const sentences: string[] = [];
  for (const page of pages) {
    const template = document.createElement('template');
    template.innerHTML = page.html;
    for (const block of template.content.querySelectorAll('p, li, h2, h3, figcaption, td')) {
      const text = (block.textContent || '').replace(/\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/))
        if (sentence.length > 20) sentences.push(sentence);
    }
  }
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => sentences[Math.floor(random() * sentences.length)] ?? '';
  const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let chars = 0;
  while (chars < targetChars) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join(' ');
    chars += paragraph.length;
    // Some figures in <strong>, as the articles write them.
    parts.push(`<p>${escaped(paragraph).replace(/(\d[\d,]*)/, '<strong>$1</strong>')}</p>`);
    if (parts.length % 40 === 0) parts.push(`<h2>${escaped(pick().slice(0, 60))}</h2>`);
  }
  return { html: parts.join('\n'), chars };
}

async function measurePage(page: BenchPage, resolve: ReturnType<typeof localResolver>, runs: number) {
  const finds: number[] = [];
  const markings: number[] = [];
  const passes: number[] = [];
  let claims = 0;
  let marks = 0;
  let badges = 0;
  let marksShown = 0;
  let longestTaskMs = 0;
  let markLongestTaskMs = 0;
  // Each on a page just built, in alternating order run by run, so that neither profits from the
  // other's warm-up and the machine's load weighs on both alike.
  const measureFind = async () => {
    setPage(page);
    await pause(30);
    const found = await withLongTasks(() => find());
    finds.push(found.value.ms);
    claims = found.value.claims;
  };
  const measureMark = async () => {
    setPage(page);
    await pause(30);
    const marked = await withLongTasks(markFind);
    markings.push(marked.value.ms);
    marks = marked.value.count;
    markLongestTaskMs = Math.max(markLongestTaskMs, marked.longest);
  };
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      await measureFind();
      await measureMark();
    } else {
      await measureMark();
      await measureFind();
    }
    setPage(page);
    await pause(30);
    const done = await withLongTasks(() => pass(resolve));
    passes.push(done.value.ms);
    badges = done.value.stats.badges;
    marksShown = done.value.stats.marks;
    longestTaskMs = Math.max(longestTaskMs, done.longest);
  }
  const template = document.createElement('template');
  template.innerHTML = page.html;
  return {
    name: page.name,
    chars: (template.content.textContent || '').length,
    findMs: median(finds),
    claims,
    markMs: median(markings),
    marks,
    passMs: median(passes),
    badges,
    marksShown,
    longestTaskMs,
    markLongestTaskMs,
  } satisfies FindingFigures;
}

/** `count` sibling paragraphs; every twentieth states a round, the others are prose with figures. */
function blocks(count: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    parts.push(
      index % 20 === 0
        ? `<p>Express Entry draw #${100 + (index % 140)} invited <b>3,500</b> candidates.</p>`
        : `<p>Paragraph ${index}: in 2022, 437,000 newcomers arrived and the office answered 12 questions.</p>`,
    );
  }
  return parts.join('');
}

/** One sentence naming `count` rounds. */
function mentions(count: number): string {
  const names = Array.from({ length: count }, (_, index) => `draw #${100 + (index % 140)}`);
  return `<p>In Express Entry, ${names.join(', ')}.</p>`;
}

async function measureScale(
  label: string,
  html: string,
  resolve: ReturnType<typeof localResolver>,
  runs: number,
): Promise<ScaleFigures> {
  const page = { name: label, html, published: '2023-02-22T12:00:00Z' };
  const passes: number[] = [];
  const busy: number[] = [];
  const finds: number[] = [];
  let longest = 0;
  let longestSlice = 0;
  let claims = 0;
  for (let run = 0; run < runs; run++) {
    setPage(page);
    await pause(50);
    // Uncapped: how the finder grows with what it reads.
    const found = await find(Number.POSITIVE_INFINITY);
    finds.push(found.ms);
    claims = found.claims;
    setPage(page);
    await pause(50);
    const done = await withLongTasks(() => pass(resolve));
    passes.push(done.value.ms);
    busy.push(done.value.stats.workMs);
    longest = Math.max(longest, done.longest);
    longestSlice = Math.max(longestSlice, done.value.stats.longestSliceMs);
  }
  return {
    label,
    passMs: median(passes),
    busyMs: median(busy),
    longestSliceMs: longestSlice,
    findMs: median(finds),
    claims,
    longestTaskMs: longest,
  };
}

const bench = {
  async articles(pages: BenchPage[], feed: string, runs: number): Promise<FindingFigures[]> {
    const resolve = localResolver(parseExpressEntryFeed(feed).draws);
    const results: FindingFigures[] = [];
    for (const page of pages) results.push(await measurePage(page, resolve, runs));
    const large = largeBody(pages, 1_000_000);
    results.push(
      await measurePage(
        { name: 'generated 1 MB page', html: large.html, published: '2023-02-22T12:00:00Z' },
        resolve,
        Math.max(3, Math.floor(runs / 2)),
      ),
    );
    return results;
  },
  async scale(feed: string, runs: number): Promise<ScaleFigures[]> {
    const resolve = localResolver(parseExpressEntryFeed(feed).draws);
    const results: ScaleFigures[] = [];
    for (const count of [10_000, 40_000, 80_000]) {
      results.push(await measureScale(`${count / 1000}k blocks`, blocks(count), resolve, runs));
    }
    for (const count of [1_000, 4_000]) {
      results.push(
        await measureScale(`${count / 1000}k mentions in one sentence`, mentions(count), resolve, runs),
      );
    }
    return results;
  },
};

export type ArticleBench = typeof bench;
(window as unknown as { articleBench: ArticleBench }).articleBench = bench;
