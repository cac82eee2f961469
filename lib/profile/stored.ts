import * as v from 'valibot';
import type { ProvinceCode } from '@/lib/draws/draw';
import { PROVINCE_CODES } from '@/lib/profile/catalog';
import {
  type MigrationStep,
  migrationSteps,
  runMigrations,
  type StoredRecord,
} from '@/lib/profile/migrations';
import {
  booleanSchema,
  CURRENT_PROFILE_VERSION,
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

/**
 * Reads whatever storage holds into a valid Profile, never throwing: past versions are upgraded
 * step by step, then each field that is missing or invalid takes its default while valid fields
 * are kept. Unknown fields are dropped. A version newer than this code (after a downgrade) is read
 * as the current one, keeping what still fits.
 */
export function migrateStoredProfile(
  stored: unknown,
  steps: readonly MigrationStep[] = migrationSteps,
): Profile {
  try {
    if (!isRecord(stored)) return defaultProfile();
    // Own properties only: nothing inherited, no getters run twice.
    const own: StoredRecord = Object.fromEntries(Object.entries(stored));
    const version = storedVersion(own.version);
    const upgraded =
      version < CURRENT_PROFILE_VERSION ? runMigrations(own, version, CURRENT_PROFILE_VERSION, steps) : own;
    return repairCurrent(upgraded);
  } catch {
    return defaultProfile();
  }
}

/** Profiles were versioned from the start; a missing or nonsensical version is read as version 1. */
function storedVersion(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : 1;
}

function repairCurrent(stored: StoredRecord): Profile {
  const defaults = defaultProfile();
  const read = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    version: CURRENT_PROFILE_VERSION,
    crsScore: read(crsScoreSchema, stored.crsScore, defaults.crsScore),
    provincialScores: repairProvincialScores(stored.provincialScores),
    followedCategories:
      stored.followedCategories === 'all'
        ? 'all'
        : repairList(stored.followedCategories, categoryKeySchema, 'all'),
    followedProvinces: repairList(stored.followedProvinces, provinceCodeSchema, defaults.followedProvinces),
    onlyWhenCutOffAtOrBelowMyScore: read(
      booleanSchema,
      stored.onlyWhenCutOffAtOrBelowMyScore,
      defaults.onlyWhenCutOffAtOrBelowMyScore,
    ),
    notificationsEnabled: read(booleanSchema, stored.notificationsEnabled, defaults.notificationsEnabled),
    checkIntervalMinutes: read(
      checkIntervalSchema,
      stored.checkIntervalMinutes,
      defaults.checkIntervalMinutes,
    ),
  };
}

/** Keeps each valid score; a bad entry loses only that province's score. */
function repairProvincialScores(value: unknown): Partial<Record<ProvinceCode, number>> {
  if (!isRecord(value)) return {};
  const scores: Partial<Record<ProvinceCode, number>> = {};
  for (const code of PROVINCE_CODES) {
    if (!Object.hasOwn(value, code)) continue;
    const result = v.safeParse(provincialScoreSchema, value[code]);
    if (result.success) scores[code] = result.output;
  }
  return scores;
}

/**
 * Keeps the valid entries of a list. Something that is not a list, or a non-empty list with
 * nothing valid in it (corrupt, or keys from a newer version), gets the default rather than "none".
 */
function repairList<T, F>(value: unknown, item: v.GenericSchema<unknown, T>, fallback: F): T[] | F {
  if (!Array.isArray(value)) return fallback;
  const valid = unique(
    value.flatMap((entry) => {
      const result = v.safeParse(item, entry);
      return result.success ? [result.output] : [];
    }),
  );
  return valid.length === 0 && value.length > 0 ? fallback : valid;
}
