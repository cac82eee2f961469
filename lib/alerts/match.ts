import type { Draw } from '@/lib/draws/draw';
import { isExpressEntryCategoryKey } from '@/lib/profile/catalog';
import type { Profile } from '@/lib/profile/profile';

export type ScoreVerdict = { kind: 'clears'; score: number } | { kind: 'short'; points: number };

/**
 * Whether a draw is one the user asked to hear about: its Express Entry category or its province
 * is followed and, when the user wants only draws they clear, their score on the draw's scale is
 * at or above its cut-off. A draw with no cut-off, or on a scale the user gave no score for,
 * passes the score test: there is nothing to compare.
 */
export function drawMatchesProfile(draw: Draw, profile: Profile): boolean {
  if (!isFollowed(draw, profile)) return false;
  if (!profile.onlyWhenCutOffAtOrBelowMyScore) return true;
  return scoreVerdict(draw, profile)?.kind !== 'short';
}

function isFollowed(draw: Draw, profile: Profile): boolean {
  if (draw.system === 'express-entry') return followsCategory(profile, draw.category);
  // PNP and Quebec draws are followed by province.
  return draw.province !== null && profile.followedProvinces.includes(draw.province);
}

function followsCategory(profile: Profile, category: string): boolean {
  if (profile.followedCategories === 'all') return true;
  // A category no rule knows yet is stored as-is; it counts as "other" for someone who ticked that.
  const key = isExpressEntryCategoryKey(category) ? category : 'other';
  return profile.followedCategories.includes(key);
}

/**
 * How the user's score compares with the draw's cut-off, or null when there is nothing to compare.
 * The draw's scale decides which score: CRS for a CRS cut-off, the province's own score for that
 * province's grid; a CRS is never held against a provincial grid. A provincial draw published on
 * the CRS scale (Ontario's Express Entry streams) is compared with the CRS, the scale it is on.
 */
export function scoreVerdict(draw: Draw, profile: Profile): ScoreVerdict | null {
  if (draw.minScore === null) return null;
  const score = userScoreOnScaleOf(draw, profile);
  if (score === null) return null;
  return score >= draw.minScore
    ? { kind: 'clears', score }
    : { kind: 'short', points: draw.minScore - score };
}

function userScoreOnScaleOf(draw: Draw, profile: Profile): number | null {
  if (draw.scoreScale === 'none') return null;
  if (draw.scoreScale === 'crs') return profile.crsScore;
  // A provincial grid outside Express Entry or without a province is a parser slip: compare nothing.
  if (draw.system === 'express-entry' || draw.province === null) return null;
  return profile.provincialScores[draw.province] ?? null;
}

/** The `wantsAlert` test for `decideNewDraws`: notifications on, and the draw matches. */
export function shouldAlert(draw: Draw, profile: Profile): boolean {
  return profile.notificationsEnabled && drawMatchesProfile(draw, profile);
}
