import { TZDateMini } from '@date-fns/tz';
import { recordedRounds } from '@/tests/support/recorded-draws';
import {
  recordedHistories,
  type Simulation,
  seededRandom,
  simulateSchedule,
} from '@/tests/support/schedule-simulation';
import {
  DEFAULT_DRAW_WINDOW,
  IRCC_TIME_ZONE,
  isInDrawWindow,
  learnDrawWindow,
  MIN_GAP_MS,
  nextCheckAt,
  type PastDraw,
  paceOf,
  RHYTHM_MAX_GAP_MS,
  RHYTHM_MIN_GAP_MS,
  rhythmGapMs,
  WINDOW_MAX_GAP_MS,
} from './schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DEFAULT_CEILING_MINUTES = 30;

/** Midnight, Ottawa time, at the start of a local day. */
const ottawaMidnight = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new TZDateMini(year, month - 1, day, IRCC_TIME_ZONE).getTime();
};
const ottawaClock = (instant: number) => {
  const local = new TZDateMini(instant, IRCC_TIME_ZONE);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
};
const gapsOf = (times: readonly number[]) => times.slice(1).map((at, i) => at - (times[i] ?? at));

async function simulate(fromDay: string, untilDay: string, seed = 1): Promise<Simulation> {
  return simulateSchedule({
    histories: await recordedHistories(fromDay),
    rounds: recordedRounds(),
    from: ottawaMidnight(fromDay),
    until: ottawaMidnight(untilDay),
    ceilingMinutes: DEFAULT_CEILING_MINUTES,
    random: seededRandom(seed),
  });
}

/** What every stretch of the default schedule must show: ≤ 200 requests a day, ≥ 1 minute apart per source. */
function expectWithinTargets(simulation: Simulation) {
  const overBudget = [...simulation.requestsPerDay].filter(([, requests]) => requests > 200);
  expect(overBudget).toEqual([]);
  const tooClose = [...simulation.checks].filter(([, times]) =>
    gapsOf(times).some((gap) => gap < MIN_GAP_MS),
  );
  expect(tooClose).toEqual([]);
}

describe('the draw window, learned from when IRCC ran its rounds', () => {
  const rounds = recordedRounds().map((round) => ({
    date: round.date,
    ranAt: round.expressEntry?.ranAt ?? null,
  }));

  it('covers the weekday hours of the last year of rounds, in Ottawa time, plus an hour for the feed', () => {
    // Rounds of 2025-08 to 2026-07 ran between 06:0x and 12:xx Ottawa time (10:19–16:38 UTC).
    const window = learnDrawWindow(
      rounds.filter((round) => round.date < '2026-07-20'),
      ottawaMidnight('2026-07-20'),
    );
    expect(window).toEqual({
      days: [1, 2, 3, 4, 5],
      startMinute: 6 * 60,
      endMinute: 13 * 60,
      learnedFrom: 70,
    });
  });

  it('moves when IRCC moves: in 2024 rounds ran later in the morning', () => {
    const window = learnDrawWindow(
      rounds.filter((round) => round.date < '2024-04-06'),
      ottawaMidnight('2024-04-06'),
    );
    expect(window).toMatchObject({ startMinute: 9 * 60, endMinute: 16 * 60 });
  });

  it('is not widened by a stray round at midnight, nor stretched to a Saturday it ran on once', () => {
    const now = ottawaMidnight('2026-07-20');
    const recent = rounds.filter((round) => round.date < '2026-07-20');
    const strays: PastDraw[] = [
      { date: '2026-07-18', ranAt: '2026-07-18T15:00:00Z' }, // a Saturday, 11:00 Ottawa time
      { date: '2026-07-17', ranAt: '2026-07-17T04:00:00Z' }, // midnight Ottawa time
    ];
    expect(learnDrawWindow([...recent, ...strays], now)).toMatchObject({
      days: [1, 2, 3, 4, 5],
      startMinute: 6 * 60,
      endMinute: 13 * 60,
    });
  });

  it('falls back to the hours of the recorded feeds when too few rounds say when they ran', () => {
    expect(learnDrawWindow(rounds.slice(0, 5), ottawaMidnight('2026-07-20'))).toEqual(DEFAULT_DRAW_WINDOW);
    expect(paceOf('draw-window', [], ottawaMidnight('2026-07-20'))).toEqual({
      kind: 'window',
      window: DEFAULT_DRAW_WINDOW,
    });
    expect(paceOf('rhythm', [], ottawaMidnight('2026-07-20'))).toEqual({ kind: 'rhythm', gapMs: 6 * HOUR });
  });

  it('is in Ottawa local time on both sides of the daylight-saving change', () => {
    const window = DEFAULT_DRAW_WINDOW;
    // Friday 2026-03-06 (EST, UTC−5) and Monday 2026-03-09 (EDT, UTC−4): 06:00 local each day.
    expect(isInDrawWindow(window, Date.parse('2026-03-06T10:59:00Z'))).toBe(false);
    expect(isInDrawWindow(window, Date.parse('2026-03-06T11:00:00Z'))).toBe(true);
    expect(isInDrawWindow(window, Date.parse('2026-03-09T09:59:00Z'))).toBe(false);
    expect(isInDrawWindow(window, Date.parse('2026-03-09T10:00:00Z'))).toBe(true);
  });
});

describe('a province, checked at the rhythm of its own history', () => {
  const now = ottawaMidnight('2026-06-21');
  const every = (days: number, count: number): PastDraw[] =>
    Array.from({ length: count }, (_, i) => ({
      date: new Date(now - (i + 1) * days * 24 * HOUR).toISOString().slice(0, 10),
      ranAt: null,
    }));

  it('about 72 checks per usual gap between draws, between 2 and 12 hours', () => {
    expect(rhythmGapMs(every(7, 20), now)).toBeCloseTo((7 * 24 * HOUR) / 72, -3);
    expect(rhythmGapMs(every(30, 8), now)).toBeCloseTo((30 * 24 * HOUR) / 72, -3);
    expect(rhythmGapMs(every(1, 50), now)).toBe(RHYTHM_MIN_GAP_MS);
    expect(rhythmGapMs(every(60, 5), now)).toBe(RHYTHM_MAX_GAP_MS);
  });

  it('never checks a province more often than the user chose', () => {
    const pace = paceOf('rhythm', every(7, 20), now);
    const sixHours = 360 * MINUTE;
    expect(nextCheckAt(pace, now, sixHours, () => 0) - now).toBe(sixHours);
    expect(nextCheckAt(pace, now, sixHours, () => 0.999) - now).toBeGreaterThanOrEqual(0.9 * sixHours);
  });

  it('reads the recorded pages: Alberta every few hours, Prince Edward Island twice a day', async () => {
    const histories = await recordedHistories('2026-06-21');
    const gapOf = (sourceId: string) => {
      const pace = paceOf('rhythm', histories.get(sourceId) ?? [], now);
      return pace.kind === 'rhythm' ? pace.gapMs / HOUR : Number.NaN;
    };
    // Alberta: 11 draw dates from January to June 2026; PEI: monthly.
    expect(gapOf('pnp-ab')).toBeCloseTo(140 / 10 / 3, 2); // 140 days, 10 gaps: 14 days ÷ 72 = 4.7 h
    expect(gapOf('pnp-pe')).toBeCloseTo(154 / 5 / 3, 2); // 154 days, 5 gaps: 10.3 h
    // Manitoba's recorded index links two posts: too few dates to show a rhythm.
    expect(gapOf('pnp-mb')).toBe(6);
  });
});

describe('the default schedule over recorded rounds', () => {
  it('a week with rounds (20–24 July 2026): each seen within 5 minutes, at most 200 requests a day', async () => {
    const week = await simulate('2026-07-20', '2026-07-27');
    expectWithinTargets(week);
    expect(week.roundDelays.map((round) => round.number)).toEqual(['427', '428', '429', '430']);
    for (const round of week.roundDelays) expect(round.delayMs).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);

    const feed = week.checks.get('ircc-ee') ?? [];
    const monday = feed.filter((at) => at < ottawaMidnight('2026-07-21'));
    const inWindow = monday.filter(
      (at) => isInDrawWindow(DEFAULT_DRAW_WINDOW, at) && ottawaClock(at) < '13:00',
    );
    // Monday: the window opens at 06:00 and closes at 13:00 (Ottawa), checks every 4½–5 minutes.
    expect(ottawaClock(inWindow[0] ?? 0) >= '06:00' && ottawaClock(inWindow[0] ?? 0) <= '06:05').toBe(true);
    expect(Math.max(...gapsOf(inWindow))).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);
    expect(Math.min(...gapsOf(inWindow))).toBeGreaterThanOrEqual(0.9 * WINDOW_MAX_GAP_MS);
    expect(inWindow.length).toBeGreaterThanOrEqual(84);
    // Outside it, at the user's ceiling (30 minutes by default).
    const night = monday.filter((at) => ottawaClock(at) >= '14:00');
    expect(Math.max(...gapsOf(night))).toBeLessThanOrEqual(30 * MINUTE);
    expect(Math.min(...gapsOf(night))).toBeGreaterThanOrEqual(27 * MINUTE);

    // Provinces: a handful of checks a day each.
    const provincesPerDay = [...week.checks]
      .filter(([sourceId]) => sourceId !== 'ircc-ee')
      .map(([sourceId, times]) => [sourceId, times.length / 7] as const);
    expect(provincesPerDay).toHaveLength(8);
    expect(provincesPerDay.filter(([, perDay]) => perDay < 1.5 || perDay > 13)).toEqual([]);
    const weekday = week.requestsPerDay.get('2026-07-21') ?? 0;
    expect(weekday).toBeGreaterThan(100);
    expect(weekday).toBeLessThanOrEqual(200);
  });

  it('a weekend (25–26 July 2026): no draw window, the feed at the 30-minute ceiling', async () => {
    const weekend = await simulate('2026-07-25', '2026-07-27');
    expectWithinTargets(weekend);
    const feed = weekend.checks.get('ircc-ee') ?? [];
    expect(Math.max(...gapsOf(feed))).toBeLessThanOrEqual(30 * MINUTE);
    expect(Math.min(...gapsOf(feed))).toBeGreaterThanOrEqual(27 * MINUTE);
    for (const day of ['2026-07-25', '2026-07-26']) {
      expect(weekend.requestsPerDay.get(day)).toBeLessThan(90);
    }
  });

  it('a holiday is a weekday: on Family Day 2025 (17 February) IRCC ran round 336, seen within 5 minutes', async () => {
    const stretch = await simulate('2025-02-14', '2025-02-20');
    expectWithinTargets(stretch);
    const familyDay = stretch.roundDelays.find((round) => round.number === '336');
    expect(familyDay?.delayMs).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);
    for (const round of stretch.roundDelays) expect(round.delayMs).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);
    // The holiday costs what a weekday costs.
    const holiday = stretch.requestsPerDay.get('2025-02-17') ?? 0;
    const tuesday = stretch.requestsPerDay.get('2025-02-18') ?? 0;
    expect(Math.abs(holiday - tuesday)).toBeLessThanOrEqual(10);
  });

  it('across the daylight-saving change (8 March 2026) the window stays at Ottawa hours', async () => {
    const stretch = await simulate('2026-03-05', '2026-03-19');
    expectWithinTargets(stretch);
    expect(stretch.roundDelays.map((round) => round.number)).toEqual(['402', '403', '404', '405']);
    for (const round of stretch.roundDelays) expect(round.delayMs).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);

    const feed = stretch.checks.get('ircc-ee') ?? [];
    const pace = stretch.paces.get('ircc-ee');
    if (pace?.kind !== 'window') throw new Error('the feed follows a draw window');
    const firstFrequent = (day: string) => {
      const first = feed.find(
        (at) => at >= Date.parse(`${day}T00:00:00Z`) && isInDrawWindow(pace.window, at),
      );
      return new Date(first ?? 0).toISOString().slice(11, 16);
    };
    expect(pace.window.startMinute).toBe(6 * 60);
    // 06:00 Ottawa is 11:00 UTC before the change and 10:00 UTC after it.
    expect(firstFrequent('2026-03-06') >= '11:00' && firstFrequent('2026-03-06') <= '11:05').toBe(true);
    expect(firstFrequent('2026-03-09') >= '10:00' && firstFrequent('2026-03-09') <= '10:05').toBe(true);
  });

  it('installations do not move in step: two seeds, different times', async () => {
    const a = await simulate('2026-07-20', '2026-07-21', 1);
    const b = await simulate('2026-07-20', '2026-07-21', 2);
    const common = (a.checks.get('ircc-ee') ?? []).filter((at) =>
      (b.checks.get('ircc-ee') ?? []).includes(at),
    );
    expect(common).toEqual([]);
  });
});
