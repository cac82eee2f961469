// Runs the real schedule (lib/sources/schedule.ts) over a stretch of recorded time, for the unit
// tests and the bench: which source is checked when, requests per Ottawa day, delay to each round.
import { TZDateMini } from '@date-fns/tz';
import type { Draw } from '@/lib/draws/draw';
import { allSources } from '@/lib/sources/registry';
import { checkTimes, IRCC_TIME_ZONE, type Pace, type PastDraw, paceOf } from '@/lib/sources/schedule';
import { recordedProvinceDraws, recordedRounds } from './recorded-draws';

const pastOf = (draw: Draw): PastDraw => ({ date: draw.date, ranAt: draw.expressEntry?.ranAt ?? null });

/**
 * What each source's store would hold before `before` (YYYY-MM-DD): IRCC's rounds up to then, and
 * each province's draws as its recorded page lists them.
 */
export async function recordedHistories(before: string): Promise<Map<string, PastDraw[]>> {
  const histories = new Map<string, PastDraw[]>();
  histories.set(
    'ircc-ee',
    recordedRounds()
      .filter((round) => round.date < before)
      .map(pastOf),
  );
  for (const [sourceId, draws] of await recordedProvinceDraws()) {
    histories.set(sourceId, draws.filter((draw) => draw.date < before).map(pastOf));
  }
  return histories;
}

/** A seeded generator (mulberry32): the same run every time, different phases per install. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Simulation {
  paces: Map<string, Pace>;
  /** Check times per source. */
  checks: Map<string, number[]>;
  /** Requests per Ottawa day (YYYY-MM-DD), every source together. */
  requestsPerDay: Map<string, number>;
  /** For each IRCC round that ran in the stretch: how long after it ran the feed was next checked (Infinity: never). */
  roundDelays: { number: string; ranAt: string; delayMs: number }[];
}

export function ottawaDay(instant: number): string {
  const local = new TZDateMini(instant, IRCC_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * Every source checked from `from` to `until` as the poller schedules it: the worker starts at
 * `from` (each source's first check within its first minutes), then each check sets the next.
 */
export function simulateSchedule(options: {
  histories: Map<string, PastDraw[]>;
  rounds: readonly Draw[];
  from: number;
  until: number;
  ceilingMinutes: number;
  random: () => number;
}): Simulation {
  const { histories, from, until, random } = options;
  const ceilingMs = options.ceilingMinutes * 60_000;
  const paces = new Map<string, Pace>();
  const checks = new Map<string, number[]>();
  const requestsPerDay = new Map<string, number>();
  for (const [sourceId, history] of histories) {
    const timing = allSources.find((source) => source.id === sourceId)?.timing ?? 'rhythm';
    const pace = paceOf(timing, history, from);
    paces.set(sourceId, pace);
    const times = checkTimes(pace, from + Math.round(random() * 60_000), until, ceilingMs, random);
    checks.set(sourceId, times);
    for (const at of times) requestsPerDay.set(ottawaDay(at), (requestsPerDay.get(ottawaDay(at)) ?? 0) + 1);
  }
  const feedChecks = checks.get('ircc-ee') ?? [];
  const oldestFirst = [...options.rounds].sort((a, b) => a.sequence - b.sequence);
  const roundDelays = oldestFirst.flatMap((round) => {
    const ranAt = round.expressEntry?.ranAt;
    if (!ranAt || Date.parse(ranAt) < from || Date.parse(ranAt) >= until) return [];
    // A round no check followed within the stretch counts as never seen.
    const seen = feedChecks.find((at) => at >= Date.parse(ranAt)) ?? Number.POSITIVE_INFINITY;
    return [{ number: round.number ?? '', ranAt, delayMs: seen - Date.parse(ranAt) }];
  });
  return { paces, checks, requestsPerDay, roundDelays };
}
