import { describe, expect, it } from 'vitest';
import { draftOf, formInputOf } from '@/lib/profile/draft';
import { validateProfileForm } from '@/lib/profile/form';
import { defaultProfile, PROFILE_FIELD_NAMES, type Profile } from '@/lib/profile/profile-schema';
import { migrateStoredProfile } from '@/lib/profile/stored';

/** A profile with every field away from its default. */
const everyFieldSet: Profile = {
  version: 2,
  crsScore: 0,
  provincialScores: { MB: 612, ON: 57 },
  eligiblePrograms: ['fst', 'cec'],
  provincialNomination: true,
  frenchNclc7: false,
  occupationCategories: [],
  followedCategories: ['french', 'other'],
  followedProvinces: ['QC'],
  notificationsEnabled: false,
  onlyWhenCutOffAtOrBelowMyScore: true,
  checkIntervalMinutes: 360,
};

describe('the profile schema: one list of fields, everything else derived', () => {
  it('gives the defaults every field declares, and nothing else', () => {
    expect(Object.keys(defaultProfile()).sort()).toEqual(['version', ...PROFILE_FIELD_NAMES].sort());
    expect(defaultProfile()).toMatchObject({
      version: 2,
      crsScore: null,
      eligiblePrograms: null,
      provincialNomination: null,
      frenchNclc7: null,
      occupationCategories: null,
      followedCategories: 'all',
      followedProvinces: [],
    });
    // A fresh value each time: no list is shared between two profiles.
    expect(defaultProfile().followedProvinces).not.toBe(defaultProfile().followedProvinces);
  });

  it('covers every field of the example above', () => {
    expect(Object.keys(everyFieldSet).sort()).toEqual(Object.keys(defaultProfile()).sort());
  });

  it.each([
    ['every field set', everyFieldSet],
    ['the defaults', defaultProfile()],
  ])('gives back %s through the form draft, storage and repair', (_, profile) => {
    const form = validateProfileForm(formInputOf(draftOf(profile)), defaultProfile());
    expect(form).toEqual({ ok: true, profile });
    expect(migrateStoredProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it('repairs each field on its own', () => {
    for (const name of PROFILE_FIELD_NAMES) {
      const broken = { ...everyFieldSet, [name]: { garbage: true } };
      const repaired = migrateStoredProfile(broken);
      expect(repaired[name]).toEqual(defaultProfile()[name]);
      for (const other of PROFILE_FIELD_NAMES.filter((candidate) => candidate !== name)) {
        expect(repaired[other]).toEqual(everyFieldSet[other]);
      }
    }
  });
});
