import { describe, expect, it } from 'vitest';
import { type MigrationStep, migrationSteps, runMigrations } from '@/lib/profile/migrations';
import { CURRENT_PROFILE_VERSION, defaultProfile, type Profile } from '@/lib/profile/profile-schema';
import { migrateStoredProfile } from '@/lib/profile/stored';

/** What each released version wrote to storage, and the profile it must read back as today. */
const storedExamples: Record<number, { stored: unknown; expected: Profile }> = {
  1: {
    stored: {
      version: 1,
      crsScore: 481,
      provincialScores: { MB: 612, ON: 57 },
      followedCategories: ['cec', 'healthcare', 'french'],
      followedProvinces: ['MB', 'ON'],
      onlyWhenCutOffAtOrBelowMyScore: true,
      notificationsEnabled: false,
      checkIntervalMinutes: 360,
    },
    // Version 1 never said what the user can enter: each answer starts "not set".
    expected: {
      version: 2,
      crsScore: 481,
      provincialScores: { MB: 612, ON: 57 },
      eligiblePrograms: null,
      provincialNomination: null,
      frenchNclc7: null,
      occupationCategories: null,
      followedCategories: ['cec', 'healthcare', 'french'],
      followedProvinces: ['MB', 'ON'],
      onlyWhenCutOffAtOrBelowMyScore: true,
      notificationsEnabled: false,
      checkIntervalMinutes: 360,
    },
  },
  2: {
    stored: {
      version: 2,
      crsScore: 480,
      provincialScores: {},
      eligiblePrograms: ['cec'],
      provincialNomination: false,
      frenchNclc7: true,
      occupationCategories: [],
      followedCategories: 'all',
      followedProvinces: [],
      onlyWhenCutOffAtOrBelowMyScore: true,
      notificationsEnabled: true,
      checkIntervalMinutes: 30,
    },
    expected: {
      version: 2,
      crsScore: 480,
      provincialScores: {},
      eligiblePrograms: ['cec'],
      provincialNomination: false,
      frenchNclc7: true,
      occupationCategories: [],
      followedCategories: 'all',
      followedProvinces: [],
      onlyWhenCutOffAtOrBelowMyScore: true,
      notificationsEnabled: true,
      checkIntervalMinutes: 30,
    },
  },
};

describe('migrateStoredProfile: every past version', () => {
  it('has a stored example for every version up to the current one', () => {
    const versions = Array.from({ length: CURRENT_PROFILE_VERSION }, (_, index) => index + 1);
    expect(Object.keys(storedExamples).map(Number)).toEqual(versions);
  });

  it.each(Object.entries(storedExamples))('reads a version %s profile', (_, { stored, expected }) => {
    expect(migrateStoredProfile(structuredClone(stored))).toEqual(expected);
  });

  it('has one migration step from each past version', () => {
    const pastVersions = Array.from({ length: CURRENT_PROFILE_VERSION - 1 }, (_, index) => index + 1);
    expect(migrationSteps.map((step) => step.from).sort()).toEqual(pastVersions);
  });

  it('gives back what it stored, through JSON', () => {
    const profile: Profile = {
      ...defaultProfile(),
      crsScore: 0,
      followedCategories: 'all',
      followedProvinces: ['QC'],
    };
    expect(migrateStoredProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it('reads an unversioned object as version 1', () => {
    expect(migrateStoredProfile({ crsScore: 455 })).toEqual({ ...defaultProfile(), crsScore: 455 });
    expect(migrateStoredProfile({ version: '1', crsScore: 455 }).crsScore).toBe(455);
  });

  it('reads a profile from a newer version (after a downgrade) as far as it still fits', () => {
    const profile = migrateStoredProfile({
      version: 7,
      crsScore: 502,
      followedCategories: { mode: 'only', keys: ['cec'] },
      checkIntervalMinutes: 60,
      quietHours: { from: '22:00', to: '07:00' },
    });
    expect(profile).toEqual({ ...defaultProfile(), crsScore: 502, checkIntervalMinutes: 60 });
  });
});

describe('migrateStoredProfile: garbage and hostile input', () => {
  it.each([undefined, null, 42, 'profile', true, [], [{ crsScore: 480 }], () => ({})])(
    'gives the defaults for %j',
    (stored) => {
      expect(migrateStoredProfile(stored)).toEqual(defaultProfile());
    },
  );

  it('keeps the valid fields of a partly broken profile and defaults the rest', () => {
    const profile = migrateStoredProfile({
      version: 1,
      crsScore: 'high',
      provincialScores: { MB: 612, BC: -5, ON: '57', AB: 88.5, XX: 3 },
      followedCategories: ['cec', 'astronauts', 'cec', 12],
      followedProvinces: ['MB', 'Manitoba', null, 'QC'],
      onlyWhenCutOffAtOrBelowMyScore: 'true',
      notificationsEnabled: false,
      checkIntervalMinutes: 45,
    });
    expect(profile).toEqual({
      version: 2,
      crsScore: null,
      provincialScores: { MB: 612 },
      eligiblePrograms: null,
      provincialNomination: null,
      frenchNclc7: null,
      occupationCategories: null,
      followedCategories: ['cec'],
      followedProvinces: ['MB', 'QC'],
      onlyWhenCutOffAtOrBelowMyScore: false,
      notificationsEnabled: false,
      checkIntervalMinutes: 30,
    } satisfies Profile);
  });

  it('keeps the valid answers of a partly broken version 2 profile', () => {
    const profile = migrateStoredProfile({
      version: 2,
      eligiblePrograms: ['cec', 'pnp', 'cec', 7],
      provincialNomination: 'yes',
      frenchNclc7: false,
      occupationCategories: ['astronauts'],
    });
    expect(profile).toMatchObject({
      eligiblePrograms: ['cec'],
      provincialNomination: null,
      frenchNclc7: false,
      occupationCategories: null,
    });
    // "None of these" is an answer, kept as such.
    expect(migrateStoredProfile({ version: 2, eligiblePrograms: [] }).eligiblePrograms).toEqual([]);
  });

  it('follows all categories again when a stored list holds nothing it knows', () => {
    expect(migrateStoredProfile({ followedCategories: ['astronauts'] }).followedCategories).toBe('all');
    expect(migrateStoredProfile({ followedCategories: 'some' }).followedCategories).toBe('all');
    // An empty list is a choice (provincial alerts only), not damage.
    expect(migrateStoredProfile({ followedCategories: [] }).followedCategories).toEqual([]);
  });

  it.each([
    ['above the maximum', 1201],
    ['fractional', 470.5],
    ['negative', -1],
    ['NaN', Number.NaN],
    ['text', '480'],
  ])('drops a CRS score that is %s', (_, crsScore) => {
    expect(migrateStoredProfile({ version: 1, crsScore, notificationsEnabled: false })).toEqual({
      ...defaultProfile(),
      notificationsEnabled: false,
    });
  });

  it('drops unknown fields', () => {
    const profile = migrateStoredProfile({ version: 1, crsScore: 470, theme: 'dark', __proto__: { x: 1 } });
    expect(Object.keys(profile).sort()).toEqual(Object.keys(defaultProfile()).sort());
    expect(profile.crsScore).toBe(470);
  });

  it('is not fooled by inherited values or a __proto__ key', () => {
    const inherited = Object.create({ crsScore: 480, notificationsEnabled: false });
    expect(migrateStoredProfile(inherited)).toEqual(defaultProfile());
    const parsed = JSON.parse('{"__proto__": {"crsScore": 5}, "provincialScores": {"__proto__": {"MB": 5}}}');
    expect(migrateStoredProfile(parsed)).toEqual(defaultProfile());
    expect(({} as Record<string, unknown>).crsScore).toBeUndefined();
  });

  it('never throws, even when reading the stored object throws', () => {
    const throwingGetter = {
      get crsScore(): number {
        throw new Error('boom');
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(migrateStoredProfile(throwingGetter)).toEqual(defaultProfile());
    expect(migrateStoredProfile(throwingProxy)).toEqual(defaultProfile());
  });

  it('shares no list with what it read', () => {
    const stored = { followedProvinces: ['MB'], followedCategories: ['cec'] };
    const profile = migrateStoredProfile(stored);
    stored.followedProvinces.push('BC');
    stored.followedCategories.push('stem');
    expect(profile.followedProvinces).toEqual(['MB']);
    expect(profile.followedCategories).toEqual(['cec']);
  });
});

describe('runMigrations', () => {
  const renameStep: MigrationStep = {
    from: 1,
    migrate: ({ crsScore, ...rest }) => ({ ...rest, crs: crsScore }),
  };
  const wrapStep: MigrationStep = {
    from: 2,
    migrate: ({ crs, ...rest }) => ({ ...rest, scores: { crs } }),
  };

  it('runs the steps in version order and stamps each new version', () => {
    const steps = [wrapStep, renameStep];
    expect(runMigrations({ version: 1, crsScore: 480, notificationsEnabled: true }, 1, 3, steps)).toEqual({
      version: 3,
      scores: { crs: 480 },
      notificationsEnabled: true,
    });
    expect(runMigrations({ version: 2, crs: 470 }, 2, 3, steps)).toEqual({
      version: 3,
      scores: { crs: 470 },
    });
  });

  it('runs nothing for a profile already at the target version', () => {
    const stored = { version: 3, scores: { crs: 480 } };
    expect(runMigrations(stored, 3, 3, [renameStep, wrapStep])).toEqual(stored);
  });

  it('refuses a chain with a missing step rather than skipping it', () => {
    expect(() => runMigrations({ version: 1 }, 1, 3, [wrapStep])).toThrow(/from version 1/);
  });
});
