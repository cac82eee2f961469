import { isUrlOnHosts } from '@/lib/sources/official-url';
import type { Draw, ScoreScale } from './draw';

/**
 * What a real draw can be. A parser that reads something else (a date in year 9999, 10^20
 * invitations, a CRS of 2016) has misread its page, and the draw is left out instead of stored.
 */

/** Express Entry began in January 2015; no province page lists older draws. */
export const FIRST_DRAW_YEAR = 2015;

/** The largest round so far was 27,332 invitations (Express Entry #176, February 2021). */
export const MAX_INVITATIONS = 100_000;

/** The Comprehensive Ranking System gives at most 1,200 points. */
export const CRS_MAX = 1200;

/**
 * The highest score of each scale (at least): CRS's here, each provincial grid's in its province's
 * record (lib/draws/score-scales.ts gathers them all).
 */
export type ScoreMaxima = Readonly<Partial<Record<ScoreScale, number>>>;

/** Draws may be published for the rest of next year at most (a range ending in January). */
export function lastPlausibleYear(now: number): number {
  return new Date(now).getUTCFullYear() + 1;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (`2026-02-30` is not) in FIRST_DRAW_YEAR..next year. */
export function isPlausibleDay(iso: string, now: number): boolean {
  const match = ISO_DAY.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_DRAW_YEAR || year > lastPlausibleYear(now)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO instant in FIRST_DRAW_YEAR..next year, or null (a moment that cannot be is not kept). */
export function plausibleInstant(iso: string | null, now: number): string | null {
  return iso !== null && isPlausibleDay(iso.slice(0, 10), now) ? iso : null;
}

export function isPlausibleInvitationCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_INVITATIONS;
}

/** A whole score from 0 to its scale's maximum; none is plausible on a scale with no maximum (`none`). */
export function isPlausibleScore(score: number, max: number | undefined): boolean {
  return max !== undefined && Number.isSafeInteger(score) && score >= 0 && score <= max;
}

export interface PlausibilityRules {
  now: number;
  /** The hosts the draw's official page may be on (the source's own). */
  hosts: ReadonlySet<string>;
  /** The scales the draw's score may be on (the source's own), with their maxima. */
  scoreMaxima: ScoreMaxima;
}

/**
 * Why a parsed draw cannot be real, or null when it can: what every parser's output is held to
 * before it is stored (and what the fuzz harness checks).
 */
export function implausibility(
  draw: Pick<Draw, 'date' | 'dateEnd' | 'invitations' | 'minScore' | 'scoreScale' | 'url'> &
    Partial<Pick<Draw, 'expressEntry'>>,
  rules: PlausibilityRules,
): string | null {
  if (!isPlausibleDay(draw.date, rules.now)) return `date "${draw.date}" is impossible`;
  if (draw.dateEnd !== null && (!isPlausibleDay(draw.dateEnd, rules.now) || draw.dateEnd < draw.date)) {
    return `end date "${draw.dateEnd}" is impossible`;
  }
  if (draw.invitations !== null && !isPlausibleInvitationCount(draw.invitations.value)) {
    return `${draw.invitations.value} invitations is impossible`;
  }
  if (draw.minScore !== null && !isPlausibleScore(draw.minScore, rules.scoreMaxima[draw.scoreScale])) {
    return `score ${draw.minScore} is impossible on the ${draw.scoreScale} scale`;
  }
  if (!isUrlOnHosts(draw.url, rules.hosts)) return `link "${String(draw.url).slice(0, 100)}" is not official`;
  const details = draw.expressEntry ?? null;
  if (details) {
    for (const instant of [details.ranAt, details.cutOffAt]) {
      if (instant !== null && plausibleInstant(instant, rules.now) === null) {
        return `moment "${instant}" is impossible`;
      }
    }
    if (details.distribution?.asOn && !isPlausibleDay(details.distribution.asOn, rules.now)) {
      return `distribution date "${details.distribution.asOn}" is impossible`;
    }
  }
  return null;
}
