import type { ClaimField, DrawClaim } from '@/lib/annotate/finding/claim';
import { categoryHintOf } from '@/lib/annotate/finding/vocabulary';
import type { Draw } from '@/lib/draws/draw';

/**
 * Match claims to stored draws. By number when the claim has one, else by date (narrowed by province
 * and category). A claim that fits several draws and that neither category nor figures single out is
 * reported ambiguous, never forced onto one of them.
 */

export type VerdictStatus = 'matches' | 'mismatch' | 'unknown';

export interface FigureVerdict {
  field: ClaimField;
  status: VerdictStatus;
  /** What the article says. */
  article: number | string;
  /** What the official record says, when it says anything. */
  official?: number | string;
}

export type Resolution =
  | { status: 'matched'; claim: DrawClaim; draw: Draw; verdicts: FigureVerdict[] }
  | { status: 'ambiguous'; claim: DrawClaim; candidates: Draw[] }
  | { status: 'unmatched'; claim: DrawClaim };

/** Draws indexed once per page, so each claim is resolved without scanning the whole store. */
export interface DrawIndex {
  byNumber: Map<string, Draw[]>;
  byDate: Map<string, Draw[]>;
}

function push(map: Map<string, Draw[]>, key: string, draw: Draw): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [draw]);
  else list.push(draw);
}

export function indexDraws(draws: readonly Draw[]): DrawIndex {
  const index: DrawIndex = { byNumber: new Map(), byDate: new Map() };
  for (const draw of draws) {
    if (draw.number !== null) push(index.byNumber, draw.number.toLowerCase(), draw);
    push(index.byDate, draw.date, draw);
    // A draw over several days can be named by any of them; ranges are short (days, not months).
    if (draw.dateEnd !== null && draw.dateEnd > draw.date) {
      for (
        let day = nextDay(draw.date), guard = 0;
        day <= draw.dateEnd && guard < 31;
        day = nextDay(day), guard++
      ) {
        push(index.byDate, day, draw);
      }
    }
  }
  return index;
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The draws a claim can be about: same system, same province when the claim names one. */
function isSameProgram(claim: DrawClaim, draw: Draw): boolean {
  if (claim.kind === 'express-entry') return draw.system === 'express-entry';
  if (draw.system === 'express-entry') return false;
  return claim.province === undefined || draw.province === claim.province;
}

/** The Express Entry category of a stored draw, on the same keys as an article's hint. */
export function categoryOfDraw(draw: Draw): string | undefined {
  return categoryHintOf(draw.categoryName) ?? categoryHintOf(draw.category);
}

function narrow(candidates: Draw[], keep: (draw: Draw) => boolean): Draw[] {
  const kept = candidates.filter(keep);
  return kept.length > 0 ? kept : candidates;
}

/** Narrow same-day candidates by what the claim states; stop as soon as one is left. */
function disambiguate(claim: DrawClaim, candidates: Draw[]): Draw[] {
  let left = candidates;
  if (left.length > 1 && claim.categoryHint !== undefined) {
    left = narrow(left, (draw) => categoryOfDraw(draw) === claim.categoryHint);
  }
  if (left.length > 1 && claim.invitations !== undefined) {
    left = narrow(left, (draw) => countVerdict(claim, draw).status === 'matches');
  }
  if (left.length > 1 && claim.minScore !== undefined) {
    left = narrow(left, (draw) => draw.minScore === claim.minScore);
  }
  return left;
}

/**
 * Several rows of one provincial draw: streams published under one number (Manitoba's posts), or
 * rows of one day without numbers (PEI, Ontario). A widget's "June 26 | Manitoba | 492 invitations"
 * speaks of all of them at once.
 */
function isOneProvincialDraw(candidates: readonly Draw[]): boolean {
  const first = candidates[0];
  if (first === undefined || first.system === 'express-entry' || first.province === null) return false;
  return candidates.every(
    (draw) =>
      draw.system === first.system &&
      draw.province === first.province &&
      (first.number !== null
        ? draw.number === first.number
        : draw.number === null && draw.date === first.date),
  );
}

/** Longest stream list a merged draw names. */
const MAX_STREAMS_NAMED = 6;

/** The rows of one provincial draw as one: invitations summed (exact only if every row is), no score. */
export function wholeDraw(rows: readonly Draw[]): Draw {
  const first = rows[0] as Draw;
  const counts = rows.map((draw) => draw.invitations);
  const known = counts.every((count) => count !== null);
  const invitations = known
    ? {
        value: counts.reduce((sum, count) => sum + (count?.value ?? 0), 0),
        qualifier: counts.some((count) => count?.qualifier === 'fewer-than')
          ? ('fewer-than' as const)
          : ('exact' as const),
      }
    : null;
  const names = [...new Set(rows.map((draw) => draw.categoryName).filter((name) => name !== ''))];
  return {
    ...first,
    id: `${first.sourceId}:${first.number ?? first.date}:all`,
    dateEnd: rows.reduce<string | null>((end, draw) => {
      const last = draw.dateEnd ?? draw.date;
      return end === null || last > end ? last : end;
    }, null),
    category: 'all-streams',
    categoryName: names.slice(0, MAX_STREAMS_NAMED).join(' · '),
    invitations,
    minScore: null,
    notes: '',
  };
}

export function resolveClaim(claim: DrawClaim, index: DrawIndex): Resolution {
  if (claim.number !== undefined) {
    const byNumber = (index.byNumber.get(claim.number.toLowerCase()) ?? []).filter((draw) =>
      isSameProgram(claim, draw),
    );
    const left = byNumber.length > 1 ? disambiguate(claim, byNumber) : byNumber;
    if (left.length === 1 && left[0] !== undefined) return matched(claim, left[0]);
    if (left.length > 1 && claim.minScore === undefined && isOneProvincialDraw(left)) {
      return matched(claim, wholeDraw(left));
    }
    if (left.length > 1) return { status: 'ambiguous', claim, candidates: left };
    // A number no record has: the date, if any, may still identify the draw (and show the number wrong).
  }
  if (claim.date === undefined) return { status: 'unmatched', claim };
  const sameDay = (index.byDate.get(claim.date) ?? []).filter((draw) => isSameProgram(claim, draw));
  const left = disambiguate(claim, sameDay);
  if (left.length === 1 && left[0] !== undefined) return matched(claim, left[0]);
  if (left.length === 0) return { status: 'unmatched', claim };
  if (claim.minScore === undefined && isOneProvincialDraw(left)) return matched(claim, wholeDraw(left));
  return { status: 'ambiguous', claim, candidates: left };
}

function matched(claim: DrawClaim, draw: Draw): Resolution {
  return { status: 'matched', claim, draw, verdicts: verdictsOf(claim, draw) };
}

function countVerdict(claim: DrawClaim, draw: Draw): FigureVerdict {
  const article = claim.invitations ?? 0;
  const official = draw.invitations;
  if (official === null) return { field: 'invitations', status: 'unknown', article };
  const verdict = (ok: boolean): FigureVerdict => ({
    field: 'invitations',
    status: ok ? 'matches' : 'mismatch',
    article,
    official: official.value,
  });
  // Bounds on either side are checked as bounds: "<5" officially and "4" in the article agree.
  if (official.qualifier === 'fewer-than')
    return verdict(article < official.value || claim.invitationsQualifier === 'fewer-than');
  switch (claim.invitationsQualifier) {
    case 'more-than':
      return verdict(official.value > article);
    case 'fewer-than':
      return verdict(official.value < article);
    case 'about':
      return verdict(Math.abs(official.value - article) <= Math.max(10, official.value * 0.05));
    default:
      return verdict(official.value === article);
  }
}

function verdictsOf(claim: DrawClaim, draw: Draw): FigureVerdict[] {
  const verdicts: FigureVerdict[] = [];
  for (const figure of claim.figures) {
    switch (figure.field) {
      case 'number':
        if (claim.number !== undefined) {
          verdicts.push(
            draw.number === null
              ? { field: 'number', status: 'unknown', article: claim.number }
              : {
                  field: 'number',
                  status: draw.number.toLowerCase() === claim.number.toLowerCase() ? 'matches' : 'mismatch',
                  article: claim.number,
                  official: draw.number,
                },
          );
        }
        break;
      case 'date':
        if (claim.date !== undefined) {
          const within = claim.date >= draw.date && claim.date <= (draw.dateEnd ?? draw.date);
          verdicts.push({
            field: 'date',
            status: within ? 'matches' : 'mismatch',
            article: claim.date,
            official: draw.date,
          });
        }
        break;
      case 'invitations':
        if (claim.invitations !== undefined) verdicts.push(countVerdict(claim, draw));
        break;
      case 'minScore':
        if (claim.minScore !== undefined) {
          verdicts.push(
            draw.minScore === null
              ? { field: 'minScore', status: 'unknown', article: claim.minScore }
              : {
                  field: 'minScore',
                  status: draw.minScore === claim.minScore ? 'matches' : 'mismatch',
                  article: claim.minScore,
                  official: draw.minScore,
                },
          );
        }
        break;
      case 'tieBreak':
        if (claim.tieBreakAt !== undefined) verdicts.push(tieBreakVerdict(claim.tieBreakAt, draw));
        break;
    }
  }
  return verdicts;
}

/** Within the minute: "07:47" and "07:48" both state IRCC's 07:47:29 (seconds are often dropped or rounded). */
const TIE_BREAK_TOLERANCE_MS = 60_000;

/** Compared to the precision the article gives: the day, or the instant within the minute. */
function tieBreakVerdict(article: string, draw: Draw): FigureVerdict {
  const official = draw.expressEntry?.cutOffAt ?? null;
  const officialTime = official === null ? Number.NaN : Date.parse(official);
  if (official === null || Number.isNaN(officialTime))
    return { field: 'tieBreak', status: 'unknown', article };
  const same =
    article.length <= 10
      ? official.slice(0, 10) === article
      : Math.abs(Date.parse(article) - officialTime) < TIE_BREAK_TOLERANCE_MS;
  return { field: 'tieBreak', status: same ? 'matches' : 'mismatch', article, official };
}
