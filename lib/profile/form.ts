import * as v from 'valibot';
import { optionsEn } from '@/lib/i18n/en/options';
import {
  booleanSchema,
  categoryKeySchema,
  checkIntervalSchema,
  crsScoreSchema,
  defaultProfile,
  isRecord,
  type Profile,
  provinceCodeSchema,
  provincialScoreSchema,
  unique,
} from '@/lib/profile/profile-schema';

export interface FieldError {
  /** `crsScore`, `provincialScores.MB`, `followedCategories`, ...; '' for the form as a whole. */
  field: string;
  /** The message that says what is wrong, for `t(key, params)` in the reader's language. */
  key: ProfileErrorKey;
  /** What the user entered, as the message's `{value}`. */
  params: { value: string };
}

/** The messages of lib/i18n/en/options.ts that name a form error. */
export type ProfileErrorKey = Extract<keyof typeof optionsEn, `error${string}`>;

/** Our schemas carry message keys as their issue messages; this says whether one is ours. */
export function isProfileErrorKey(value: string): value is ProfileErrorKey {
  return value.startsWith('error') && Object.hasOwn(optionsEn, value);
}

export type ProfileFormResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/**
 * What a settings form may submit: the Profile's fields, with numbers as typed text. A field left
 * out keeps its value from `base`; an empty score field means "not set".
 */
export interface ProfileFormInput {
  crsScore?: string | number | null;
  provincialScores?: Record<string, string | number | null>;
  followedCategories?: 'all' | string[];
  followedProvinces?: string[];
  onlyWhenCutOffAtOrBelowMyScore?: boolean;
  notificationsEnabled?: boolean;
  checkIntervalMinutes?: string | number;
}

/** Typed text → number when it is one; '' means "not set"; other text is kept, to fail as text. */
function readTypedNumber(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const typedNumber = v.pipe(
  v.union([v.number(), v.string(), v.null()], 'errorScoreNotNumber'),
  v.transform(readTypedNumber),
);

const provincialScoresInput = v.pipe(
  v.record(
    provinceCodeSchema,
    v.pipe(typedNumber, v.nullable(provincialScoreSchema)),
    'errorProvincialScoresInvalid',
  ),
  // An emptied field removes that province's score.
  v.transform((scores) =>
    Object.fromEntries(Object.entries(scores).filter(([, score]) => score !== null && score !== undefined)),
  ),
);

// The shape is checked first, so a list with one unknown key is reported as that key, not as "neither".
const followedCategoriesInput = v.pipe(
  v.union([v.literal('all'), v.array(v.unknown())], 'errorCategoriesInvalid'),
  v.lazy((value) =>
    value === 'all' ? v.literal('all') : v.pipe(v.array(categoryKeySchema), v.transform(unique)),
  ),
);

const formSchema = v.object({
  crsScore: v.optional(v.pipe(typedNumber, crsScoreSchema)),
  provincialScores: v.optional(provincialScoresInput),
  followedCategories: v.optional(followedCategoriesInput),
  followedProvinces: v.optional(
    v.pipe(v.array(provinceCodeSchema, 'errorProvincesInvalid'), v.transform(unique)),
  ),
  onlyWhenCutOffAtOrBelowMyScore: v.optional(booleanSchema),
  notificationsEnabled: v.optional(booleanSchema),
  checkIntervalMinutes: v.optional(
    v.pipe(
      v.union([v.number(), v.string()], 'errorCheckInterval'),
      v.transform((value) => readTypedNumber(value) ?? value),
      checkIntervalSchema,
    ),
  ),
});

/**
 * Validates what the settings form submits. Returns the whole Profile to store, or one error per
 * offending field (the first problem found in it), each naming its field so the UI can show it there.
 */
export function validateProfileForm(input: unknown, base: Profile = defaultProfile()): ProfileFormResult {
  if (!isRecord(input)) return { ok: false, errors: [fieldError('', 'errorFormInvalid', '')] };
  const result = v.safeParse(formSchema, input, { abortPipeEarly: true });
  if (!result.success) return { ok: false, errors: toFieldErrors(result.issues) };
  const form = result.output;
  return {
    ok: true,
    profile: {
      version: base.version,
      crsScore: form.crsScore === undefined ? base.crsScore : form.crsScore,
      provincialScores: form.provincialScores ?? { ...base.provincialScores },
      followedCategories: form.followedCategories ?? copyCategories(base.followedCategories),
      followedProvinces: form.followedProvinces ?? [...base.followedProvinces],
      onlyWhenCutOffAtOrBelowMyScore:
        form.onlyWhenCutOffAtOrBelowMyScore ?? base.onlyWhenCutOffAtOrBelowMyScore,
      notificationsEnabled: form.notificationsEnabled ?? base.notificationsEnabled,
      checkIntervalMinutes: form.checkIntervalMinutes ?? base.checkIntervalMinutes,
    },
  };
}

function copyCategories(categories: Profile['followedCategories']): Profile['followedCategories'] {
  return categories === 'all' ? 'all' : [...categories];
}

function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (byField.has(field)) continue;
    // Our schemas carry message keys; anything else is a case we did not foresee.
    const key = isProfileErrorKey(issue.message) ? issue.message : 'errorInvalidValue';
    byField.set(field, fieldError(field, key, describeInput(issue.input)));
  }
  return [...byField.values()];
}

/** Object keys only: a bad entry in a list is reported on the list, where its checkboxes are. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => item.key)
    .filter((key): key is string => typeof key === 'string')
    .join('.');
}

function fieldError(field: string, key: ProfileErrorKey, value: string): FieldError {
  return { field, key, params: { value } };
}

function describeInput(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? 'list' : typeof value;
}
