/**
 * The stored profile's upgrade chain: one step per version, each in its own file
 * (`v1-to-v2.ts` exporting a `MigrationStep` with `from: 1`), listed here in order.
 *
 * A step works on loose records, not on typed profiles: a stored object may lack fields or hold
 * garbage, and `migrateStoredProfile` repairs the result field by field after the last step.
 * A released step is never edited; a change to the shape is a new step.
 */

import { v1ToV2 } from './v1-to-v2';

export type StoredRecord = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it returns the shape of version `from + 1`. */
  from: number;
  migrate(stored: StoredRecord): StoredRecord;
}

/** Every step, oldest first. */
export const migrationSteps: readonly MigrationStep[] = [v1ToV2];

/**
 * Runs every step from `fromVersion` up to `toVersion`. A version with no step is a bug in this
 * list, so it throws; the caller turns that into defaults.
 */
export function runMigrations(
  stored: StoredRecord,
  fromVersion: number,
  toVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): StoredRecord {
  let current = stored;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) throw new Error(`No profile migration from version ${version}`);
    current = { ...step.migrate(current), version: version + 1 };
  }
  return current;
}
