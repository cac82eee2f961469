import type { Draw } from '@/lib/draws/draw';
import type { Profile } from '@/lib/profile/profile';
import { coversEveryCandidate, type FederalProgram, type Program } from './programs';
import {
  eligibilityOf,
  type OccupationCategory,
  type RoundEligibility,
  type RoundFacts,
  type RoundRequirement,
} from './rules';

/** The user's score against a draw's cut-off, on the draw's own scale. */
export type ScoreComparison =
  | { kind: 'clears'; score: number; cutOff: number }
  | { kind: 'short'; points: number; score: number; cutOff: number };

/** Why a round was closed to the user. */
export type ClosedBecause =
  | { kind: 'programs'; programs: readonly Program[] }
  | { kind: 'french' }
  | { kind: 'occupation'; category: OccupationCategory };

/** A profile answer the verdict needs and the user has not given. */
export type ProfileGap = 'programs' | 'nomination' | 'french' | 'occupations';

/**
 * What a round means for the user: a fact, worded at display time (lib/standing/verdict-text.ts).
 * A round closed to the user carries no score comparison, so nothing can say "N points short" of it.
 */
export type Verdict =
  | { kind: 'closed'; because: ClosedBecause }
  | { kind: 'open'; score: ScoreComparison | null }
  | { kind: 'needs-profile'; missing: ProfileGap[]; score: ScoreComparison | null }
  | { kind: 'eligibility-unknown'; score: ScoreComparison | null }
  /** Provincial draws: their own scale, and no eligibility claim their pages do not support. */
  | { kind: 'provincial'; score: ScoreComparison | null };

export type EligibilityProfile = Pick<
  Profile,
  | 'crsScore'
  | 'provincialScores'
  | 'eligiblePrograms'
  | 'provincialNomination'
  | 'frenchNclc7'
  | 'occupationCategories'
>;

type Condition =
  | { holds: true }
  | { holds: false; because: ClosedBecause }
  | { holds: 'unsaid'; missing: ProfileGap[] }
  | { holds: 'unrecorded' };

const HOLDS: Condition = { holds: true };

/** The verdict of one draw for one profile. Pure: the same draw and profile give the same fact. */
export function verdictOf(
  draw: RoundFacts & Pick<Draw, 'minScore' | 'scoreScale' | 'province'>,
  profile: EligibilityProfile,
): Verdict {
  const score = compareScore(draw, profile);
  const who = eligibilityOf(draw);
  if (who === null) return { kind: 'provincial', score };
  if (who.requirement.kind === 'unknown') return { kind: 'eligibility-unknown', score };
  const conditions = [requirementHolds(who.requirement, profile), programsHold(who, profile)];
  for (const condition of conditions) {
    if (condition.holds === false) return { kind: 'closed', because: condition.because };
  }
  if (conditions.some((condition) => condition.holds === 'unrecorded')) {
    return { kind: 'eligibility-unknown', score };
  }
  const missing = conditions.flatMap((condition) => (condition.holds === 'unsaid' ? condition.missing : []));
  return missing.length > 0 ? { kind: 'needs-profile', missing, score } : { kind: 'open', score };
}

function requirementHolds(requirement: RoundRequirement, profile: EligibilityProfile): Condition {
  switch (requirement.kind) {
    case 'french':
      if (profile.frenchNclc7 === null) return { holds: 'unsaid', missing: ['french'] };
      return profile.frenchNclc7 ? HOLDS : { holds: false, because: { kind: 'french' } };
    case 'occupation':
      if (profile.occupationCategories === null) return { holds: 'unsaid', missing: ['occupations'] };
      return profile.occupationCategories.includes(requirement.category)
        ? HOLDS
        : { holds: false, because: { kind: 'occupation', category: requirement.category } };
    default:
      return HOLDS;
  }
}

function programsHold(who: RoundEligibility, profile: EligibilityProfile): Condition {
  const { programs } = who;
  if (programs === null) return { holds: 'unrecorded' };
  // To be in the pool at all, a candidate is eligible under CEC, FSW or FST.
  if (coversEveryCandidate(programs)) return HOLDS;
  const answers = programs.map((program) => holdsProgram(program, profile));
  if (answers.includes(true)) return HOLDS;
  const missing = [...new Set(answers.filter((answer): answer is ProfileGap => typeof answer === 'string'))];
  if (missing.length > 0) return { holds: 'unsaid', missing };
  // Closed through every program we know; one we do not know may still be open to the user.
  if (who.somethingElse) return { holds: 'unrecorded' };
  return { holds: false, because: { kind: 'programs', programs } };
}

/** Whether the user is a candidate of `program`: yes, no, or the profile field that would say. */
function holdsProgram(program: Program, profile: EligibilityProfile): boolean | ProfileGap {
  if (program === 'pnp') return profile.provincialNomination ?? 'nomination';
  if (profile.eligiblePrograms === null) return 'programs';
  return profile.eligiblePrograms.includes(program satisfies FederalProgram);
}

/**
 * How the user's score compares with the draw's cut-off, or null when there is nothing to compare.
 * The draw's scale decides which score: CRS for a CRS cut-off, the province's own score for that
 * province's grid; a CRS is never held against a provincial grid. A provincial draw published on
 * the CRS scale (Ontario's Express Entry streams) is compared with the CRS, the scale it is on.
 */
export function compareScore(
  draw: Pick<Draw, 'system' | 'minScore' | 'scoreScale' | 'province'>,
  profile: Pick<Profile, 'crsScore' | 'provincialScores'>,
): ScoreComparison | null {
  if (draw.minScore === null || !Number.isFinite(draw.minScore)) return null;
  const score = userScoreOnScaleOf(draw, profile);
  if (score === null) return null;
  const cutOff = draw.minScore;
  return score >= cutOff
    ? { kind: 'clears', score, cutOff }
    : { kind: 'short', points: cutOff - score, score, cutOff };
}

function userScoreOnScaleOf(
  draw: Pick<Draw, 'system' | 'scoreScale' | 'province'>,
  profile: Pick<Profile, 'crsScore' | 'provincialScores'>,
): number | null {
  if (draw.scoreScale === 'none') return null;
  if (draw.scoreScale === 'crs') return profile.crsScore;
  // A provincial grid outside Express Entry or without a province is a parser slip: compare nothing.
  if (draw.system === 'express-entry' || draw.province === null) return null;
  return profile.provincialScores[draw.province] ?? null;
}

/** The score comparison a verdict carries; none for a round closed to the user. */
export function scoreOf(verdict: Verdict): ScoreComparison | null {
  return verdict.kind === 'closed' ? null : verdict.score;
}

/**
 * The alert filter "only when I clear the cut-off": a round closed to the user never passes; a
 * round the user may enter passes when their score clears it, or when there is nothing to compare.
 */
export function passesCutOffFilter(verdict: Verdict): boolean {
  if (verdict.kind === 'closed') return false;
  return verdict.score?.kind !== 'short';
}
