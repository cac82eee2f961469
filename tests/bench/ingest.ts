// Express Entry ingest, with the alert write: a first poll, the common poll (one new round in a
// changed feed) and an unchanged one, each cold (first call in a new renderer) and warm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { shouldAlert } from '@/lib/alerts/match';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { hashBody } from '@/lib/sources/fetch-policy';
import { initialSourceState } from '@/lib/sources/health';
import type { IngestBench, PollFigures, StoreSeed } from './ingest-page';
import { type BenchArea, blankOrigin, bundleForPage, coldPage, median, ms, ratio } from './support';

const COLD_RUNS = 5;

const call = <K extends keyof IngestBench>(page: Page, method: K, ...args: Parameters<IngestBench[K]>) =>
  page.evaluate(
    ([name, input]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's bench object, called by name.
      (window as any).ingestBench[name](...input),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<IngestBench[K]>>>;

/** The store as the poll before left it: the feed without its newest round, all weighed and seen. */
async function storeBefore(previousBody: string): Promise<StoreSeed> {
  const { draws } = parseExpressEntryFeed(previousBody);
  const storedAt = Date.now() - 86_400_000;
  return {
    draws: draws.map((draw) => ({ ...draw, firstSeenAt: storedAt, revisions: [] })),
    sources: [
      {
        ...initialSourceState('ircc-ee'),
        contentHash: await hashBody(previousBody),
        drawCount: draws.length,
        lastSuccessAt: storedAt,
        lastChangeAt: storedAt,
        lastAttemptAt: storedAt,
      },
    ],
    alerts: draws.map((draw) => ({ drawId: draw.id, decidedAt: storedAt, state: 'silent', unseen: 0 })),
  };
}

export const ingestArea: BenchArea = async ({ browser, runs, fixturesDir }) => {
  const body = readFileSync(join(fixturesDir, 'express-entry/2025-07-24.json'), 'utf8');
  const feed = JSON.parse(body) as { rounds: unknown[] };
  // The same copy without its newest round (#357): what the store held before the round.
  const previousBody = JSON.stringify({ ...feed, rounds: feed.rounds.slice(1) }, null, 2);
  const seed = await storeBefore(previousBody);
  const newRound = parseExpressEntryFeed(body).draws.find((draw) => draw.number === '357');
  const origin = await blankOrigin();
  const script = await bundleForPage('tests/bench/ingest-page.ts');
  const cold = { parse: [] as number[], first: [] as number[], common: [] as number[] };
  const warm = {
    parse: [] as number[],
    first: [] as number[],
    common: [] as number[],
    unchanged: [] as number[],
  };
  let firstFigures: PollFigures | undefined;
  let commonFigures: PollFigures | undefined;
  let unchangedFigures: PollFigures | undefined;
  let rounds = 0;
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      // Each a new renderer: the first parse, the first poll, the first common poll it ever runs.
      const parsePage = await coldPage(browser, origin.url, script);
      cold.parse.push((await call(parsePage.page, 'parse', body)).ms);
      await parsePage.close();
      const firstPage = await coldPage(browser, origin.url, script);
      cold.first.push((await call(firstPage.page, 'firstPoll', 'cold-first', body)).ms);
      await firstPage.close();
      const commonPage = await coldPage(browser, origin.url, script);
      await call(commonPage.page, 'seed', 'cold-common', seed);
      cold.common.push((await call(commonPage.page, 'poll', 'cold-common', body)).ms);
      await commonPage.close();
    }
    const { page, close } = await coldPage(browser, origin.url, script);
    await call(page, 'firstPoll', 'warm-up', body);
    for (let run = 0; run < runs; run++) {
      const parsed = await call(page, 'parse', body);
      warm.parse.push(parsed.ms);
      rounds = parsed.rounds;
      firstFigures = await call(page, 'firstPoll', `warm-first-${run}`, body);
      warm.first.push(firstFigures.ms);
      await call(page, 'seed', 'warm-common', seed);
      commonFigures = await call(page, 'poll', 'warm-common', body);
      warm.common.push(commonFigures.ms);
      unchangedFigures = await call(page, 'poll', 'warm-common', body);
      warm.unchanged.push(unchangedFigures.ms);
    }
    await close();
  } finally {
    origin.close();
  }
  const row = (label: string, coldMs: number | null, warmMs: number, note = '') =>
    `  ${label.padEnd(44)} ${(coldMs === null ? '' : ms(coldMs)).padStart(9)} ${ms(warmMs).padStart(9)}  ${note}`;
  const firstWarm = median(warm.first);
  const first = firstFigures;
  const common = commonFigures;
  const notified = newRound !== undefined && shouldAlert(newRound, defaultProfile());
  return [
    `Express Entry ingest, alert write included (2025-07-24 copy, ${rounds} rounds; cold: median of ${COLD_RUNS} new renderers; warm: median of ${runs}):`,
    `  ${'what'.padEnd(44)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}`,
    row('parse + validate', median(cold.parse), median(warm.parse)),
    row(
      'first poll: parse, write, weigh every round',
      median(cold.first),
      firstWarm,
      `${first?.drawsWritten} draws, ${first?.alertsWritten} alert records; target < 50 ms`,
    ),
    row(
      'common poll: one new round in a changed feed',
      median(cold.common),
      median(warm.common),
      `${common?.drawsWritten} draw, ${common?.alertsWritten} alert record (${notified ? 'to notify' : 'silent'})`,
    ),
    row(
      'unchanged poll (same body)',
      null,
      median(warm.unchanged),
      `${unchangedFigures?.drawsWritten} draws written`,
    ),
    `  ratios: common / first poll ${ratio(median(warm.common), firstWarm)} warm, ${ratio(median(cold.common), median(cold.first))} cold; cold / warm: parse ${ratio(median(cold.parse), median(warm.parse))}, first poll ${ratio(median(cold.first), firstWarm)}, common poll ${ratio(median(cold.common), median(warm.common))}`,
  ];
};
