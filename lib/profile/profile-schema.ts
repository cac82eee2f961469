import * as v from 'valibot';
import type { ProvinceCode } from '@/lib/draws/draw';
import {
  CHECK_INTERVALS_MINUTES,
  type CheckIntervalMinutes,
  CRS_SCORE_MAX,
  EXPRESS_ENTRY_CATEGORY_KEYS,
  type ExpressEntryCategoryKey,
  PROVINCE_CODES,
  PROVINCIAL_SCORE_MAX,
} from '@/lib/profile/catalog';

/** Bump with a new step in `lib/profile/migrations/` whenever the stored shape changes. */
export const CURRENT_PROFILE_VERSION = 1;

export interface Profile {
  version: typeof CURRENT_PROFILE_VERSION;
  /** Comprehensive Ranking System score, or null when not set. */
  crsScore: number | null;
  /** The user's points on each province's own grid; never compared with CRS. Absent = not set. */
  provincialScores: Partial<Record<ProvinceCode, number>>;
  /**
   * `'all'` is stored as such, not as today's list of keys, so a category IRCC creates later is
   * followed too without a migration.
   */
  followedCategories: 'all' | ExpressEntryCategoryKey[];
  followedProvinces: ProvinceCode[];
  /** Alert only when the draw's cut-off is at or below the user's score on that draw's scale. */
  onlyWhenCutOffAtOrBelowMyScore: boolean;
  notificationsEnabled: boolean;
  checkIntervalMinutes: CheckIntervalMinutes;
}

export function defaultProfile(): Profile {
  return {
    version: CURRENT_PROFILE_VERSION,
    crsScore: null,
    provincialScores: {},
    followedCategories: 'all',
    // Provinces start unfollowed, unlike categories: a PNP stream is open only to people tied to
    // that province (a job offer, study, residence, an EOI profile there), and provinces together
    // hold several draws a week. Following all of them by default would greet most new users with
    // alerts they cannot act on and teach them to switch notifications off; the popup still lists
    // every draw, and following a province is one tick.
    followedProvinces: [],
    onlyWhenCutOffAtOrBelowMyScore: false,
    notificationsEnabled: true,
    checkIntervalMinutes: 30,
  };
}

/**
 * The values a valid profile holds, field by field. Messages are i18n keys (see
 * `profileMessagesEn`); the form turns them into field errors, storage falls back to defaults.
 */
export const crsScoreSchema = v.nullable(
  v.pipe(
    v.number('errorScoreNotNumber'),
    v.finite('errorScoreNotNumber'),
    v.integer('errorScoreFractional'),
    v.minValue(0, 'errorCrsRange'),
    v.maxValue(CRS_SCORE_MAX, 'errorCrsRange'),
  ),
);

export const provincialScoreSchema = v.pipe(
  v.number('errorScoreNotNumber'),
  v.finite('errorScoreNotNumber'),
  v.integer('errorScoreFractional'),
  v.minValue(0, 'errorProvincialScoreRange'),
  v.maxValue(PROVINCIAL_SCORE_MAX, 'errorProvincialScoreRange'),
);

export const provinceCodeSchema = v.picklist(PROVINCE_CODES, 'errorUnknownProvince');

export const categoryKeySchema = v.picklist(EXPRESS_ENTRY_CATEGORY_KEYS, 'errorUnknownCategory');

export const booleanSchema = v.boolean('errorNotBoolean');

export const checkIntervalSchema = v.picklist(CHECK_INTERVALS_MINUTES, 'errorCheckInterval');

/** Keeps the first occurrence of each entry: the same tick twice is one choice. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A plain object (not null, not an array): the only thing a stored or submitted profile can be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
