import * as v from 'valibot';
import {
  type MigrationStep,
  migrationSteps,
  runMigrations,
  type StoredRecord,
} from '@/lib/profile/migrations';
import {
  CURRENT_PROFILE_VERSION,
  defaultProfile,
  isRecord,
  type Profile,
  ProfileSchema,
} from '@/lib/profile/profile-schema';

/**
 * Reads whatever storage holds into a valid Profile, never throwing: past versions are upgraded
 * step by step, then each field that is missing or invalid takes its default while valid fields
 * are kept (ProfileSchema). Unknown fields are dropped. A version newer than this code (after a
 * downgrade) is read as the current one, keeping what still fits.
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
    return v.parse(ProfileSchema, { ...upgraded, version: CURRENT_PROFILE_VERSION });
  } catch {
    return defaultProfile();
  }
}

/** Profiles were versioned from the start; a missing or nonsensical version is read as version 1. */
function storedVersion(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : 1;
}
