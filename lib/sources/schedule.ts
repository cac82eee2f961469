import { TZDateMini } from '@date-fns/tz';

/**
 * When each source is checked next, from what its own stored history shows. Pure: the clock, the
 * history and randomness are arguments.
 *
 * - A source whose draws carry the time they ran (IRCC's rounds, `drawDateTime`) has a **draw
 *   window**: the weekdays and Ottawa hours its recent rounds ran in, plus an hour for the feed to
 *   be updated. Inside it the source is checked every 4½–5 minutes, so a round is seen within
 *   5 minutes; outside it, at the user's ceiling (the profile's check interval, read as the longest
 *   gap between two checks).
 * - A source that publishes dates only (the provinces) has a **rhythm**: a gap proportional to the
 *   usual time between its draws (about 1/72 of it: 2⅓ h for a weekly province, 10 h for a monthly
 *   one), between 2 and 12 hours, never shorter than the user's ceiling.
 *
 * Every gap is drawn at random in the top tenth below its bound, so installations spread out and
 * never exceed the bound; no gap is shorter than a minute.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** IRCC works on Ottawa time (same rules as Toronto's zone), daylight saving included. */
export const IRCC_TIME_ZONE = 'America/Toronto';

/** Inside the draw window: a round is noticed at most this long after it is published. */
export const WINDOW_MAX_GAP_MS = 5 * MINUTE;
/** Share of a bound a gap may fall short of it (jitter, so installations do not move in step). */
const JITTER = 0.1;
/** After the last usual hour of rounds: time for IRCC to update the feed after a round ran. */
const PUBLICATION_ALLOWANCE_MINUTES = 60;
/** The window covers this share of recent rounds: a lone round at midnight does not widen it. */
const WINDOW_COVERAGE = 0.95;
/** Rounds looked at: those of the last year, or the newest ones when the last year had few. */
const RECENT_MS = 365 * DAY;
const MIN_ROUNDS = 20;
const FALLBACK_ROUNDS = 100;

/** A province is checked about this many times per usual gap between its draws. */
const CHECKS_PER_DRAW_GAP = 72;
export const RHYTHM_MIN_GAP_MS = 2 * HOUR;
export const RHYTHM_MAX_GAP_MS = 12 * HOUR;
/** A province with too little history to show a rhythm (fewer than three draw dates). */
const RHYTHM_UNKNOWN_GAP_MS = 6 * HOUR;
/** No source is ever checked twice within a minute. */
export const MIN_GAP_MS = MINUTE;

/** One stored draw, as far as the schedule cares. */
export interface PastDraw {
  /** YYYY-MM-DD */
  date: string;
  /** When it ran (ISO instant), for sources that say so. */
  ranAt: string | null;
}

/** Weekdays (0 = Sunday) and minutes of the day, in IRCC's time zone, when rounds usually come. */
export interface DrawWindow {
  days: readonly number[];
  startMinute: number;
  endMinute: number;
  /** How many rounds it was learned from (0: the default). */
  learnedFrom: number;
}

export type Pace = { kind: 'window'; window: DrawWindow } | { kind: 'rhythm'; gapMs: number };

/**
 * Used until a source's own history says otherwise: in the recorded feeds, 192 of the 194 rounds of
 * 2023 to August 2026 ran on a weekday between 06:00 and 14:00 Ottawa time.
 */
const WEEKDAYS = [1, 2, 3, 4, 5];

export const DEFAULT_DRAW_WINDOW: DrawWindow = {
  days: WEEKDAYS,
  startMinute: 6 * 60,
  endMinute: 14 * 60 + PUBLICATION_ALLOWANCE_MINUTES,
  learnedFrom: 0,
};

function localTime(instant: number): { day: number; minute: number } {
  const local = new TZDateMini(instant, IRCC_TIME_ZONE);
  return { day: local.getDay(), minute: local.getHours() * 60 + local.getMinutes() };
}

/** The instant of `minute` past midnight, Ottawa time, on the local day `dayOffset` days after `instant`'s. */
function localInstant(instant: number, dayOffset: number, minute: number): number {
  const local = new TZDateMini(instant, IRCC_TIME_ZONE);
  return new TZDateMini(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + dayOffset,
    Math.floor(minute / 60),
    minute % 60,
    IRCC_TIME_ZONE,
  ).getTime();
}

/** The weekdays and hours of the rounds in `history` (see DEFAULT_DRAW_WINDOW when there are too few). */
export function learnDrawWindow(history: readonly PastDraw[], now: number): DrawWindow {
  const timed = history
    .map((draw) => (draw.ranAt === null ? Number.NaN : Date.parse(draw.ranAt)))
    .filter((ranAt) => Number.isFinite(ranAt) && ranAt <= now)
    .sort((a, b) => b - a);
  const lastYear = timed.filter((ranAt) => ranAt >= now - RECENT_MS);
  const rounds = lastYear.length >= MIN_ROUNDS ? lastYear : timed.slice(0, FALLBACK_ROUNDS);
  if (rounds.length < MIN_ROUNDS) return DEFAULT_DRAW_WINDOW;

  const local = rounds.map(localTime);
  const perDay = new Map<number, number>();
  for (const { day } of local) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  // Every weekday stays in (a year of Wednesday rounds says little about next Tuesday); a weekend
  // day joins when rounds came on it more than once or twice (a Saturday once is a stray).
  const dayThreshold = Math.max(3, Math.ceil(rounds.length * 0.02));
  const days = [
    ...new Set([...WEEKDAYS, ...[...perDay].filter(([, n]) => n >= dayThreshold).map(([day]) => day)]),
  ].sort((a, b) => a - b);

  // The shortest span of the day that holds 95 % of the rounds.
  const minutes = local.map(({ minute }) => minute).sort((a, b) => a - b);
  const covered = Math.ceil(minutes.length * WINDOW_COVERAGE);
  let best = { first: minutes[0] ?? 0, last: minutes.at(-1) ?? 0 };
  for (let i = 0; i + covered - 1 < minutes.length; i++) {
    const first = minutes[i] ?? 0;
    const last = minutes[i + covered - 1] ?? 0;
    if (last - first < best.last - best.first) best = { first, last };
  }
  return {
    days,
    startMinute: Math.floor(best.first / 60) * 60,
    endMinute: Math.min(24 * 60, Math.ceil((best.last + 1) / 60) * 60 + PUBLICATION_ALLOWANCE_MINUTES),
    learnedFrom: rounds.length,
  };
}

/** The usual gap between a province's checks, from the dates of its draws in the last year. */
export function rhythmGapMs(history: readonly PastDraw[], now: number): number {
  const since = new Date(now - RECENT_MS).toISOString().slice(0, 10);
  const dates = [...new Set(history.map((draw) => draw.date).filter((date) => date >= since))].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (dates.length < 3 || first === undefined || last === undefined) return RHYTHM_UNKNOWN_GAP_MS;
  const meanGapMs = (Date.parse(last) - Date.parse(first)) / (dates.length - 1);
  return Math.min(RHYTHM_MAX_GAP_MS, Math.max(RHYTHM_MIN_GAP_MS, meanGapMs / CHECKS_PER_DRAW_GAP));
}

/** How a source is timed: see `SourceDefinition.timing`. */
export type SourceTiming = 'draw-window' | 'rhythm';

/** The pace of a source from its stored history (the newest draws are enough: a year's worth). */
export function paceOf(timing: SourceTiming, history: readonly PastDraw[], now: number): Pace {
  return timing === 'draw-window'
    ? { kind: 'window', window: learnDrawWindow(history, now) }
    : { kind: 'rhythm', gapMs: rhythmGapMs(history, now) };
}

export function isInDrawWindow(window: DrawWindow, instant: number): boolean {
  const { day, minute } = localTime(instant);
  return window.days.includes(day) && minute >= window.startMinute && minute < window.endMinute;
}

/** The next time the window opens after `instant` (null when it never does: no day in it). */
export function nextWindowOpening(window: DrawWindow, instant: number): number | null {
  for (let offset = 0; offset <= 7; offset++) {
    const opening = localInstant(instant, offset, window.startMinute);
    if (opening > instant && window.days.includes(localTime(opening).day)) return opening;
  }
  return null;
}

/** A gap at most `bound`, at least 90 % of it. */
function below(bound: number, random: () => number): number {
  return Math.max(MIN_GAP_MS, Math.round(bound * (1 - JITTER * random())));
}

/**
 * When to check a source next after a check at `after`. `ceilingMs` is the user's longest gap
 * (the profile's check interval).
 */
export function nextCheckAt(pace: Pace, after: number, ceilingMs: number, random: () => number): number {
  const ceiling = Math.max(MIN_GAP_MS, ceilingMs);
  if (pace.kind === 'rhythm') return after + below(Math.max(pace.gapMs, ceiling), random);
  const { window } = pace;
  if (isInDrawWindow(window, after)) return after + below(Math.min(WINDOW_MAX_GAP_MS, ceiling), random);
  const regular = after + below(ceiling, random);
  const opening = nextWindowOpening(window, after);
  if (opening === null) return regular;
  // The first check of the window falls within its first gap, at a random point so that
  // installations do not all arrive at 06:00:00.
  return Math.min(regular, opening + Math.round(WINDOW_MAX_GAP_MS * (1 - JITTER) * random()));
}

/** Every check of one source from `from` (the first) until `until`, as the poller would make them. */
export function checkTimes(
  pace: Pace,
  from: number,
  until: number,
  ceilingMs: number,
  random: () => number,
): number[] {
  const times: number[] = [];
  for (let at = from; at < until; at = nextCheckAt(pace, at, ceilingMs, random)) times.push(at);
  return times;
}
