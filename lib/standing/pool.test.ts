import { describe, expect, it } from 'vitest';
import type { Draw, PoolDistribution } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { bandsOf, poolHistory, poolPosition } from './pool';

const feed = (copy: string) => parseExpressEntryFeed(sharedFixture('express-entry', `${copy}.json`)).draws;
const newestFirst = (draws: Draw[]) =>
  [...draws].sort((a, b) => b.date.localeCompare(a.date) || b.sequence - a.sequence);

const rounds2026 = newestFirst(feed('2026-08-05'));
function distributionOf(draws: Draw[], number: string): PoolDistribution {
  const distribution = draws.find((draw) => draw.number === number)?.expressEntry?.distribution;
  if (!distribution) throw new Error(`round ${number} has no distribution`);
  return distribution;
}
// #432, 2026-08-05, the pool on August 3, 2026: dd1 500, dd2 19,705, dd3 73,099 (491–500: 12,939;
// 481–490: 12,890; 471–480: 16,368; 461–470: 16,057; 451–460: 14,845) … dd18 229,100.
const august2026 = distributionOf(rounds2026, '432');

describe('poolPosition: the newest recorded distribution, band edges included', () => {
  it.each([
    // score, at or above, lowest possible, highest possible, exact
    [0, 229_100, 229_100, 229_100, true],
    [451, 93_304, 93_304, 93_304, true],
    // 500 is the top point of 491–500: a tenth of its 12,939.
    [500, 20_205 + 1_294, 20_205, 20_205 + 12_939, false],
    [501, 20_205, 20_205, 20_205, true],
    // 600 is the top point of 501–600: a hundredth of its 19,705.
    [600, 500 + 197, 500, 20_205, false],
    [601, 500, 500, 500, true],
    // 1200 is the top point of 601–1200: a six-hundredth of its 500.
    [1200, 1, 0, 500, false],
    // 480 is the top point of 471–480: 20,205 + 12,939 + 12,890 above it, and a tenth of 16,368.
    [480, 46_034 + 1_637, 46_034, 46_034 + 16_368, false],
  ])('a score of %i', (score, atOrAbove, atLeast, atMost, exact) => {
    expect(poolPosition(august2026, score)).toMatchObject({
      asOn: '2026-08-03',
      asOnText: 'August 3, 2026',
      score,
      total: 229_100,
      atOrAbove,
      atLeast,
      atMost,
      exact,
    });
  });

  it('names the band a score falls in: 10-point sub-bands in 401–500', () => {
    expect(poolPosition(august2026, 480)?.band).toEqual({ from: 471, to: 480, count: 16_368 });
    expect(poolPosition(august2026, 401)?.band).toEqual({ from: 401, to: 410, count: 10_775 });
    expect(poolPosition(august2026, 400)?.band).toEqual({ from: 351, to: 400, count: 50_107 });
    expect(poolPosition(august2026, 300)?.band).toEqual({ from: 0, to: 300, count: 7_683 });
  });

  it('refuses a score outside the CRS scale', () => {
    expect(poolPosition(august2026, 1201)).toBeNull();
    expect(poolPosition(august2026, -1)).toBeNull();
    expect(poolPosition(august2026, 480.5)).toBeNull();
  });
});

describe('bandsOf: every distribution in every recorded feed copy', () => {
  const copies = ['2023-04-13', '2024-04-06', '2025-07-09', '2025-07-24', '2026-08-05'];
  const distributions = copies.flatMap((copy) =>
    feed(copy).flatMap((draw) =>
      draw.expressEntry?.distribution ? [{ draw, distribution: draw.expressEntry.distribution }] : [],
    ),
  );

  it('adds up to IRCC’s total, and covers 0 to 1200 without a gap', () => {
    expect(distributions.length).toBeGreaterThan(400);
    const readable = distributions.filter(({ draw }) => draw.number !== '226');
    for (const { distribution } of readable) {
      const bands = bandsOf(distribution);
      expect(bands).not.toBeNull();
      if (!bands) continue;
      expect(bands.reduce((sum, band) => sum + band.count, 0)).toBe(distribution.counts[17]);
      expect(bands[0]?.to).toBe(1200);
      expect(bands.at(-1)?.from).toBe(0);
      for (const [index, band] of bands.slice(1).entries())
        expect(band.to).toBe((bands[index]?.from ?? 0) - 1);
    }
  });

  it('keeps the whole 451–500 band when its sub-bands contradict it (round #247, April 26, 2023)', () => {
    const contradictory = distributionOf(feed('2024-04-06'), '247');
    const sub = contradictory.counts.slice(3, 8).reduce((sum, count) => sum + count, 0);
    expect([sub, contradictory.counts[2]]).toEqual([55_687, 55_867]);
    const bands = bandsOf(contradictory);
    expect(bands?.find((band) => band.from === 451)).toEqual({ from: 451, to: 500, count: 55_867 });
    expect(bands?.find((band) => band.from === 441)).toEqual({
      from: 441,
      to: 450,
      count: contradictory.counts[9],
    });
  });

  it('refuses the one whose bands do not add up to its total (round #226, July 11, 2022)', () => {
    const broken = distributions.filter(({ draw }) => draw.number === '226');
    expect(broken.length).toBeGreaterThan(0);
    for (const { distribution } of broken) {
      expect(distribution.counts[17]).toBe(0);
      expect(bandsOf(distribution)).toBeNull();
      expect(poolPosition(distribution, 480)).toBeNull();
    }
  });

  it('refuses counts that are not a distribution', () => {
    expect(bandsOf({ counts: [1, 2, 3] })).toBeNull();
    expect(bandsOf({ counts: [...august2026.counts.slice(0, 17), Number.NaN] })).toBeNull();
    expect(bandsOf({ counts: [-1, ...august2026.counts.slice(1)] })).toBeNull();
  });
});

describe('poolHistory: how the position moved over the last rounds', () => {
  it('gives one position per snapshot of the pool, newest first', () => {
    const history = poolHistory(rounds2026, 480, 4);
    // #432 (Aug 3), #431/#430/#429 share July 19, then July 5, then June 21.
    expect(history.map((position) => position.asOn)).toEqual([
      '2026-08-03',
      '2026-07-19',
      '2026-07-05',
      '2026-06-21',
    ]);
    expect(history[0]?.atOrAbove).toBe(47_671);
    for (const position of history) expect(position.score).toBe(480);
  });

  it('skips rounds without a distribution (before 2022)', () => {
    const old = newestFirst(feed('2023-04-13')).filter((draw) => draw.date < '2022-01-01');
    expect(poolHistory(old, 480)).toEqual([]);
  });
});
