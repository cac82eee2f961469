import type { FieldError, ProfileFormInput } from './form';
import {
  PROFILE_FIELD_NAMES,
  PROFILE_FIELDS,
  type Profile,
  type ProfileFieldName,
  type ProfileFields,
} from './profile-schema';

/**
 * What a settings form holds while the user types, field by field (numbers as text, so an invalid
 * entry is kept and shown), derived from each field's kind.
 */
export type ProfileDraft = {
  [Name in ProfileFieldName]: ReturnType<ProfileFields[Name]['toDraft']>;
};

interface DraftCodec {
  toDraft(value: unknown): unknown;
  fromDraft(draft: unknown): unknown;
}

// Each field's codec matches its own value; the loops below pair them by name.
const codec = (name: ProfileFieldName) => PROFILE_FIELDS[name] as unknown as DraftCodec;

export function draftOf(
  profile: Profile,
  names: readonly ProfileFieldName[] = PROFILE_FIELD_NAMES,
): Partial<ProfileDraft> {
  return Object.fromEntries(names.map((name) => [name, codec(name).toDraft(profile[name])]));
}

/** What the form submits for the fields it holds; the others keep their stored values. */
export function formInputOf(draft: Partial<ProfileDraft>): ProfileFormInput {
  return Object.fromEntries(
    PROFILE_FIELD_NAMES.filter((name) => draft[name] !== undefined).map((name) => [
      name,
      codec(name).fromDraft(draft[name]),
    ]),
  );
}

export function errorsByField(errors: readonly FieldError[]): Record<string, FieldError> {
  return Object.fromEntries(errors.map((error) => [error.field, error]));
}

export function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}
