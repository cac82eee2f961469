import type { Draw } from '@/lib/draws/draw';
import { isExpressEntryCategoryKey } from '@/lib/profile/catalog';
import type { Profile } from '@/lib/profile/profile';
import { passesCutOffFilter, verdictOf } from '@/lib/standing/verdict';

/**
 * Whether a draw is one the user asked to hear about: its Express Entry category or its province
 * is followed and, when the user wants only draws they clear, the round was open to them and their
 * score on the draw's scale is at or above its cut-off (lib/standing/verdict.ts). A round closed
 * to the user never passes that filter; a draw with no cut-off, or on a scale the user gave no
 * score for, passes it: there is nothing to compare.
 */
export function drawMatchesProfile(draw: Draw, profile: Profile): boolean {
  if (!isFollowed(draw, profile)) return false;
  if (!profile.onlyWhenCutOffAtOrBelowMyScore) return true;
  return passesCutOffFilter(verdictOf(draw, profile));
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

/** The `wantsAlert` test for `decideNewDraws`: notifications on, and the draw matches. */
export function shouldAlert(draw: Draw, profile: Profile): boolean {
  return profile.notificationsEnabled && drawMatchesProfile(draw, profile);
}
