import * as v from 'valibot';
import { CATEGORY_LABEL_KEYS, PROGRAM_LABEL_KEYS } from '@/lib/i18n/name-keys';
import {
  CHECK_INTERVAL_LABEL_KEYS,
  CHECK_INTERVALS_MINUTES,
  CRS_SCORE_MAX,
  EXPRESS_ENTRY_CATEGORIES,
  PROVINCES,
  PROVINCIAL_SCORE_MAX,
} from '@/lib/profile/catalog';
import { FEDERAL_PROGRAMS } from '@/lib/standing/programs';
import { OCCUPATION_CATEGORIES } from '@/lib/standing/rules';
import { answerField, choicesField, scoreField, scoreTableField, selectField, toggleField } from './fields';

/** Bump with a new step in `lib/profile/migrations/` whenever the stored shape changes. */
export const CURRENT_PROFILE_VERSION = 2;

/**
 * The profile, field by field, in the order the settings page shows them. This is the one place
 * a field is written: its type, its default, how a stored copy is repaired, how the form reads and
 * shows it all come from here (lib/profile/fields.ts builds each kind). A new field also needs its
 * label in lib/i18n/en/options.ts and fr/options.ts, and a migration step when it changes what
 * older versions stored.
 */
export const PROFILE_FIELDS = {
  crsScore: scoreField({
    section: 'scores',
    labelKey: 'optionsCrsScore',
    hintKey: 'optionsCrsHint',
    max: CRS_SCORE_MAX,
    rangeError: 'errorCrsRange',
  }),
  /** The user's points on each province's own grid; never compared with CRS. Absent = not set. */
  provincialScores: scoreTableField({
    section: 'scores',
    labelKey: 'optionsProvincialScores',
    rows: PROVINCES.map(({ code, labelKey }) => ({ value: code, labelKey })),
    max: PROVINCIAL_SCORE_MAX,
    rangeError: 'errorProvincialScoreRange',
    unknownKeyError: 'errorUnknownProvince',
    invalidError: 'errorProvincialScoresInvalid',
  }),
  /** The federal programs the user is eligible for; null until they say ("not set"). */
  eligiblePrograms: choicesField({
    section: 'eligibility',
    labelKey: 'optionsPrograms',
    hintKey: 'optionsProgramsHint',
    choices: FEDERAL_PROGRAMS.map((program) => ({ value: program, labelKey: PROGRAM_LABEL_KEYS[program] })),
    whole: { value: null, labelKey: 'optionsNotSet' },
    fallback: null,
    unknownError: 'errorUnknownChoice',
    invalidError: 'errorChoicesInvalid',
  }),
  /** Holds a provincial or territorial nomination (the 600 points); null = not set. */
  provincialNomination: answerField({
    section: 'eligibility',
    labelKey: 'optionsNomination',
    yesKey: 'optionsNominationYes',
    noKey: 'optionsNominationNo',
    unsetKey: 'optionsNotSet',
  }),
  /** French at NCLC 7 or higher in all four abilities (what French-language rounds require). */
  frenchNclc7: answerField({
    section: 'eligibility',
    labelKey: 'optionsFrench',
    yesKey: 'optionsFrenchYes',
    noKey: 'optionsFrenchNo',
    unsetKey: 'optionsNotSet',
  }),
  /** The occupation categories the user qualifies for; null until they say. */
  occupationCategories: choicesField({
    section: 'eligibility',
    labelKey: 'optionsOccupations',
    hintKey: 'optionsOccupationsHint',
    choices: OCCUPATION_CATEGORIES.map((category) => ({
      value: category,
      labelKey: CATEGORY_LABEL_KEYS[category],
    })),
    whole: { value: null, labelKey: 'optionsNotSet' },
    fallback: null,
    unknownError: 'errorUnknownChoice',
    invalidError: 'errorChoicesInvalid',
  }),
  /**
   * `'all'` is stored as such, not as today's list of keys, so a category IRCC creates later is
   * followed too without a migration.
   */
  followedCategories: choicesField({
    section: 'follow',
    labelKey: 'optionsCategories',
    choices: EXPRESS_ENTRY_CATEGORIES.map(({ key, labelKey }) => ({ value: key, labelKey })),
    whole: { value: 'all', labelKey: 'optionsAllCategories' },
    fallback: 'all',
    unknownError: 'errorUnknownCategory',
    invalidError: 'errorCategoriesInvalid',
  }),
  // Provinces start unfollowed, unlike categories: a PNP stream is open only to people tied to
  // that province (a job offer, study, residence, an EOI profile there), and provinces together
  // hold several draws a week. Following all of them by default would greet most new users with
  // alerts they cannot act on and teach them to switch notifications off; the popup still lists
  // every draw, and following a province is one tick.
  followedProvinces: choicesField({
    section: 'follow',
    labelKey: 'optionsProvinces',
    choices: PROVINCES.map(({ code, labelKey }) => ({ value: code, labelKey })),
    fallback: () => [],
    unknownError: 'errorUnknownProvince',
    invalidError: 'errorProvincesInvalid',
  }),
  notificationsEnabled: toggleField({
    section: 'alerts',
    labelKey: 'optionsNotifications',
    fallback: true,
  }),
  /** Alert only when the draw is open to the user and its cut-off is at or below their score. */
  onlyWhenCutOffAtOrBelowMyScore: toggleField({
    section: 'alerts',
    labelKey: 'optionsOnlyBelowMyScore',
    fallback: false,
  }),
  /** The longest gap between checks of IRCC's feed outside its draw hours (lib/sources/schedule.ts). */
  checkIntervalMinutes: selectField({
    section: 'alerts',
    labelKey: 'optionsInterval',
    hintKey: 'optionsIntervalHint',
    choices: CHECK_INTERVALS_MINUTES.map((minutes) => ({
      value: minutes,
      labelKey: CHECK_INTERVAL_LABEL_KEYS[minutes],
    })),
    fallback: 30,
    error: 'errorCheckInterval',
  }),
};

export type ProfileFields = typeof PROFILE_FIELDS;
export type ProfileFieldName = keyof ProfileFields;

type StoredEntries = { [Name in ProfileFieldName]: ProfileFields[Name]['stored'] };

/**
 * Reads a stored profile of the current version: each field that is missing or invalid takes its
 * default (`v.fallback`), valid fields are kept, unknown fields are dropped. Never fails.
 */
export const ProfileSchema = v.object({
  version: v.fallback(v.literal(CURRENT_PROFILE_VERSION), CURRENT_PROFILE_VERSION),
  ...(Object.fromEntries(
    Object.entries(PROFILE_FIELDS).map(([name, field]) => [name, field.stored]),
  ) as StoredEntries),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;

/** Every field at its default: what repair makes of nothing. */
export function defaultProfile(): Profile {
  return v.parse(ProfileSchema, {});
}

export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileFieldName[];

export { isRecord, unique } from './fields';
