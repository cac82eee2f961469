import type { Draw, ProvinceCode, ScoreScale } from '@/lib/draws/draw';
import type { ExpressEntryCategory } from '@/lib/sources/express-entry/categories';
import { expressEntryGroup } from './category-groups';

/**
 * What the history page charts, as facts: points (one per draw), the series they belong to, and a
 * summary of each series that the page words as the chart's text equivalent. Express Entry cut-offs
 * are CRS and share one axis; a province's draws get a chart of their own on their own scale.
 */

export type ChartDraw = Pick<
  Draw,
  | 'id'
  | 'sourceId'
  | 'system'
  | 'province'
  | 'category'
  | 'categoryName'
  | 'date'
  | 'sequence'
  | 'number'
  | 'minScore'
  | 'scoreScale'
  | 'invitations'
>;

export interface ChartPoint {
  drawId: string;
  /** Seconds since 1970 (uPlot's time axis), at the draw's day (UTC midnight). */
  x: number;
  y: number;
}

export interface ScoreSeries<Key extends string> {
  key: Key;
  points: ChartPoint[];
}

export interface ScoreChart<Key extends string> {
  scale: Exclude<ScoreScale, 'none'>;
  province: ProvinceCode | null;
  series: ScoreSeries<Key>[];
  /** Every point of the chart in time order: what the keyboard walks through. */
  points: ChartPoint[];
  /** For each of `points`, the index of its series in `series`. */
  seriesOfPoint: number[];
}

/**
 * A day's place on the time axis (seconds, as uPlot counts time). Its digits read as numbers and the
 * days counted from them (Hinnant's days-from-civil), no Date made: Date.parse, or remembering each
 * day in a Map, took 10–25 ms for the first chart of 5,000 draws, a Date per day still 5–8 ms.
 */
export function dayToSeconds(isoDay: string): number {
  const year = digitsOf(isoDay, 0, 4);
  const month = digitsOf(isoDay, 5, 7);
  const day = digitsOf(isoDay, 8, 10);
  // Years counted from March, so that a leap day ends its year.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 to 1970-01-01.
  return (era * 146_097 + dayOfEra - 719_468) * 86_400;
}

/** The number `text` writes from `start` to `end` (NaN when a character there is not a digit). */
function digitsOf(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Time order, and one order for draws of the same day and sequence (provinces' draws of a day). */
const chronological = (a: ChartDraw, b: ChartDraw) =>
  compareText(a.date, b.date) ||
  a.sequence - b.sequence ||
  compareText(a.sourceId, b.sourceId) ||
  compareText(a.id, b.id);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The draws in time order: as they are when they already are (the digest keeps them so), reversed
 * when they are newest first (the table's order), else sorted.
 */
function inTimeOrder(draws: readonly ChartDraw[]): readonly ChartDraw[] {
  let ascending = true;
  let descending = true;
  for (let index = 1; index < draws.length && (ascending || descending); index++) {
    const order = chronological(draws[index - 1] as ChartDraw, draws[index] as ChartDraw);
    if (order > 0) ascending = false;
    if (order < 0) descending = false;
  }
  if (ascending) return draws;
  return descending ? [...draws].reverse() : [...draws].sort(chronological);
}

function chart<Key extends string>(
  draws: readonly ChartDraw[],
  keyOf: (draw: ChartDraw) => Key,
  scale: Exclude<ScoreScale, 'none'>,
  province: ProvinceCode | null,
): ScoreChart<Key> {
  const series: ScoreSeries<Key>[] = [];
  const indexOf = new Map<Key, number>();
  const points: ChartPoint[] = [];
  const seriesOfPoint: number[] = [];
  for (const draw of inTimeOrder(draws)) {
    if (draw.minScore === null) continue;
    const point = { drawId: draw.id, x: dayToSeconds(draw.date), y: draw.minScore };
    const key = keyOf(draw);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = series.length;
      indexOf.set(key, index);
      series.push({ key, points: [] });
    }
    series[index]?.points.push(point);
    points.push(point);
    seriesOfPoint.push(index);
  }
  return { scale, province, series, points, seriesOfPoint };
}

/** Express Entry cut-offs (CRS) by category, or null when no round shown has one. */
export function crsChart(draws: readonly ChartDraw[]): ScoreChart<ExpressEntryCategory> | null {
  const rounds = draws.filter((draw) => draw.system === 'express-entry' && draw.scoreScale === 'crs');
  const result = chart(rounds, expressEntryGroup, 'crs', null);
  return result.points.length > 0 ? result : null;
}

/**
 * A province's draws with a published minimum, one chart per scale it publishes on (Ontario's
 * Express Entry streams are on CRS, its other streams on its own grid), one series per stream.
 */
export function provinceCharts(draws: readonly ChartDraw[], province: ProvinceCode): ScoreChart<string>[] {
  const scales = new Map<Exclude<ScoreScale, 'none'>, ChartDraw[]>();
  for (const draw of draws) {
    if (draw.system === 'express-entry' || draw.province !== province || draw.scoreScale === 'none') continue;
    const list = scales.get(draw.scoreScale);
    if (list) list.push(draw);
    else scales.set(draw.scoreScale, [draw]);
  }
  return [...scales]
    .map(([scale, list]) => chart(list, (draw) => draw.categoryName, scale, province))
    .filter((result) => result.points.length > 0);
}

export interface SeriesSummary {
  count: number;
  firstYear: number;
  lastYear: number;
  low: number;
  high: number;
  last: number;
}

/** "12 rounds in 2026, cut-off 507–547, last 523", as facts. */
export function summarise(points: readonly ChartPoint[]): SeriesSummary | null {
  const last = points.at(-1);
  const first = points[0];
  if (last === undefined || first === undefined) return null;
  const scores = points.map((point) => point.y);
  const year = (seconds: number) => new Date(seconds * 1000).getUTCFullYear();
  return {
    count: points.length,
    firstYear: year(first.x),
    lastYear: year(last.x),
    low: Math.min(...scores),
    high: Math.max(...scores),
    last: last.y,
  };
}

export interface InvitationBar {
  /** The draw's id, or the month (`2026-07`) for a month's total. */
  key: string;
  x: number;
  y: number;
}

export interface InvitationTotals {
  perDraw: InvitationBar[];
  perMonth: InvitationBar[];
  total: number;
  /** The month with most invitations (`2026-02`) and its total. */
  busiestMonth: { month: string; total: number } | null;
  /** Draws that published only a bound ("fewer than 10"): shown nowhere as a number, never summed. */
  boundsLeftOut: number;
  draws: number;
}

/** Invitations per draw and per month, over the exact counts only. */
export function invitationTotals(draws: readonly ChartDraw[]): InvitationTotals {
  const perDraw: InvitationBar[] = [];
  const months = new Map<string, number>();
  let boundsLeftOut = 0;
  for (const draw of inTimeOrder(draws)) {
    if (draw.invitations === null) continue;
    if (draw.invitations.qualifier !== 'exact') {
      boundsLeftOut += 1;
      continue;
    }
    perDraw.push({ key: draw.id, x: dayToSeconds(draw.date), y: draw.invitations.value });
    const month = draw.date.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + draw.invitations.value);
  }
  const perMonth = [...months].map(([month, total]) => ({
    key: month,
    x: dayToSeconds(`${month}-01`),
    y: total,
  }));
  const busiest = perMonth.reduce<InvitationBar | null>(
    (best, bar) => (best === null || bar.y > best.y ? bar : best),
    null,
  );
  return {
    perDraw,
    perMonth,
    total: perDraw.reduce((sum, bar) => sum + bar.y, 0),
    busiestMonth: busiest === null ? null : { month: busiest.key, total: busiest.y },
    boundsLeftOut,
    draws: perDraw.length,
  };
}
