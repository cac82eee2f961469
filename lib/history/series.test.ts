import type { Draw } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';

const abSource = sourceOf(abFile);

import { parseWith } from '@/lib/sources/pnp/testing';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { recordedProvinceDraws } from '@/tests/support/recorded-draws';
import { crsChart, dayToSeconds, invitationTotals, provinceCharts, summarise } from './series';

const rounds = parseExpressEntryFeed(sharedFixture('express-entry', '2026-08-05.json')).draws;
const of2026 = (draws: Draw[]) => draws.filter((draw) => draw.date.startsWith('2026'));

describe('trend series', () => {
  it('charts one point per round with a cut-off, in time order, one series per category across renames', () => {
    const chart = crsChart(rounds);
    expect(chart?.points).toHaveLength(rounds.filter((draw) => draw.minScore !== null).length);
    const xs = chart?.points.map((point) => point.x) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // "Healthcare occupations (Version 1)", "(Version 2)" and "2026-Version 3": one series.
    const healthcare = chart?.series.find((series) => series.key === 'healthcare');
    expect(healthcare?.points).toHaveLength(15);
    expect(chart?.series.map((series) => series.key)).not.toContain('other');
  });

  it('places each day at its midnight, UTC (leap days, the turn of a century and years before 100 too)', () => {
    for (const day of [
      '2015-01-31',
      '2016-02-29',
      '2000-02-29',
      '1900-03-01',
      '1999-12-31',
      '2026-01-01',
      '2026-12-01',
      '2026-12-31',
      '0050-06-15',
      '0000-01-01',
      '9999-12-31',
    ]) {
      expect({ day, seconds: dayToSeconds(day) }).toEqual({
        day,
        seconds: Date.parse(`${day}T00:00:00Z`) / 1000,
      });
    }
    // Every day of the years the history spans, and the turn of each.
    const misplaced: string[] = [];
    let days = 0;
    for (let time = Date.UTC(2014, 11, 25); time <= Date.UTC(2027, 0, 5); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      days += 1;
      if (dayToSeconds(day) !== time / 1000) misplaced.push(day);
    }
    expect(days).toBe(4_395);
    expect(misplaced).toEqual([]);
  });

  it('draws the same chart from rounds newest first, oldest first or in any order', () => {
    const newestFirst = crsChart(rounds);
    const oldestFirst = crsChart([...rounds].reverse());
    const shuffled = crsChart([...rounds].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(oldestFirst).toEqual(newestFirst);
    expect(shuffled).toEqual(newestFirst);
    // Each point's series index names the series holding it.
    newestFirst?.points.forEach((point, position) => {
      const series = newestFirst.series[newestFirst.seriesOfPoint[position] ?? -1];
      expect(series?.points).toContain(point);
    });
  });

  it('bars the draws of one day in one order, however they came (provinces draw on the same days)', async () => {
    const draws = [...rounds, ...[...(await recordedProvinceDraws()).values()].flat()];
    const days = new Map<string, number>();
    for (const draw of draws)
      days.set(`${draw.date}/${draw.sequence}`, (days.get(`${draw.date}/${draw.sequence}`) ?? 0) + 1);
    expect([...days.values()].some((count) => count > 1)).toBe(true);
    const newestFirst = invitationTotals(
      [...draws].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    );
    expect(invitationTotals([...draws].reverse())).toEqual(newestFirst);
    expect(invitationTotals([...draws].sort((a, b) => (a.id < b.id ? -1 : 1)))).toEqual(newestFirst);
  });

  it('summarises a series as the page words it: count, years, range, last', () => {
    const french = crsChart(of2026(rounds))?.series.find((series) => series.key === 'french');
    expect(summarise(french?.points ?? [])).toEqual({
      count: 8,
      firstYear: 2026,
      lastYear: 2026,
      low: 393,
      high: 420,
      last: 399,
    });
    expect(summarise([])).toBeNull();
  });

  it('puts a province on its own scale, never among the CRS rounds', async () => {
    const alberta = (await parseWith(abSource, ownFixture('pnp', 'ab.html'))).draws;
    const mixed = [...rounds, ...alberta];
    expect(crsChart(mixed)?.points).toHaveLength(crsChart(rounds)?.points.length ?? -1);
    const charts = provinceCharts(mixed, 'AB');
    expect(charts.map((chart) => chart.scale)).toEqual(['aaip-eoi']);
    expect(charts[0]?.points).toHaveLength(alberta.filter((draw) => draw.minScore !== null).length);
    expect(provinceCharts(mixed, 'PE')).toEqual([]);
  });

  it('sums invitations per month over exact counts only: a bound is counted apart, never added', async () => {
    const alberta = (await parseWith(abSource, ownFixture('pnp', 'ab.html'))).draws;
    const totals = invitationTotals(alberta);
    const bounds = alberta.filter((draw) => draw.invitations?.qualifier === 'fewer-than');
    expect(bounds.length).toBeGreaterThan(0);
    expect(totals.boundsLeftOut).toBe(bounds.length);
    expect(totals.draws).toBe(alberta.length - bounds.length);
    expect(totals.total).toBe(
      alberta.reduce(
        (sum, draw) => sum + (draw.invitations?.qualifier === 'exact' ? draw.invitations.value : 0),
        0,
      ),
    );
    expect(totals.perMonth.reduce((sum, bar) => sum + bar.y, 0)).toBe(totals.total);
    const june = totals.perMonth.find((bar) => bar.key === '2026-06');
    expect(june?.x).toBe(dayToSeconds('2026-06-01'));
    expect(totals.busiestMonth?.total).toBe(Math.max(...totals.perMonth.map((bar) => bar.y)));
  });
});
