import * as v from 'valibot';
import { optionsEn } from '@/lib/i18n/en/options';
import type { ProfileErrorKey } from './fields';
import {
  defaultProfile,
  isRecord,
  PROFILE_FIELD_NAMES,
  PROFILE_FIELDS,
  type Profile,
  type ProfileFieldName,
} from './profile-schema';

export type { ProfileErrorKey } from './fields';

export interface FieldError {
  /** `crsScore`, `provincialScores.MB`, `followedCategories`, ...; '' for the form as a whole. */
  field: string;
  /** The message that says what is wrong, for `t(key, params)` in the reader's language. */
  key: ProfileErrorKey;
  /** What the user entered, as the message's `{value}`. */
  params: { value: string };
}

/** Our schemas carry message keys as their issue messages; this says whether one is ours. */
export function isProfileErrorKey(value: string): value is ProfileErrorKey {
  return value.startsWith('error') && Object.hasOwn(optionsEn, value);
}

export type ProfileFormResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/**
 * What a settings form may submit: any of the Profile's fields, as the form holds them (numbers as
 * typed text, "yes"/"no"/"" for an answer). A field left out keeps its value from `base`; an empty
 * score field means "not set".
 */
export type ProfileFormInput = { [Name in ProfileFieldName]?: unknown };

type InputEntries = {
  [Name in ProfileFieldName]: v.OptionalSchema<(typeof PROFILE_FIELDS)[Name]['input'], undefined>;
};

const formSchema = v.object(
  Object.fromEntries(
    Object.entries(PROFILE_FIELDS).map(([name, field]) => [name, v.optional(field.input)]),
  ) as InputEntries,
);

/**
 * Validates what the settings form submits. Returns the whole Profile to store, or one error per
 * offending field (the first problem found in it), each naming its field so the UI can show it there.
 */
export function validateProfileForm(input: unknown, base: Profile = defaultProfile()): ProfileFormResult {
  if (!isRecord(input)) return { ok: false, errors: [fieldError('', 'errorFormInvalid', '')] };
  const result = v.safeParse(formSchema, input, { abortPipeEarly: true });
  if (!result.success) return { ok: false, errors: toFieldErrors(result.issues) };
  const profile = { ...base };
  for (const name of PROFILE_FIELD_NAMES) {
    const submitted = result.output[name];
    const field = PROFILE_FIELDS[name] as { copy(value: unknown): unknown };
    (profile as Record<string, unknown>)[name] = field.copy(submitted === undefined ? base[name] : submitted);
  }
  return { ok: true, profile };
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
