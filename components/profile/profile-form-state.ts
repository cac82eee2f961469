import type { FieldError, ProfileFormInput } from '@/lib/profile/form';
import type { Profile } from '@/lib/profile/profile';

/** What the form holds while the user types: numbers as text, so an invalid entry is kept and shown. */
export interface ProfileDraft {
  crsScore: string;
  provincialScores: Record<string, string>;
  allCategories: boolean;
  followedCategories: string[];
  followedProvinces: string[];
  onlyWhenCutOffAtOrBelowMyScore: boolean;
  notificationsEnabled: boolean;
  checkIntervalMinutes: string;
}

export function draftOf(profile: Profile): ProfileDraft {
  return {
    crsScore: profile.crsScore === null ? '' : String(profile.crsScore),
    provincialScores: Object.fromEntries(
      Object.entries(profile.provincialScores).map(([code, score]) => [code, String(score)]),
    ),
    allCategories: profile.followedCategories === 'all',
    followedCategories: profile.followedCategories === 'all' ? [] : [...profile.followedCategories],
    followedProvinces: [...profile.followedProvinces],
    onlyWhenCutOffAtOrBelowMyScore: profile.onlyWhenCutOffAtOrBelowMyScore,
    notificationsEnabled: profile.notificationsEnabled,
    checkIntervalMinutes: String(profile.checkIntervalMinutes),
  };
}

export function formInputOf(draft: ProfileDraft): ProfileFormInput {
  return {
    crsScore: draft.crsScore,
    provincialScores: draft.provincialScores,
    followedCategories: draft.allCategories ? 'all' : draft.followedCategories,
    followedProvinces: draft.followedProvinces,
    onlyWhenCutOffAtOrBelowMyScore: draft.onlyWhenCutOffAtOrBelowMyScore,
    notificationsEnabled: draft.notificationsEnabled,
    checkIntervalMinutes: draft.checkIntervalMinutes,
  };
}

export function errorsByField(errors: readonly FieldError[]): Record<string, FieldError> {
  return Object.fromEntries(errors.map((error) => [error.field, error]));
}

export function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}
