import { migrateStoredProfile, type Profile } from './profile';
import { PROFILE_STORAGE_KEY } from './storage-key';

export { PROFILE_STORAGE_KEY };

/** The slice of `browser.storage.local` the profile needs, so tests can pass a map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Whatever is stored (an older version, garbage) becomes a valid current Profile. */
export async function loadProfile(area: KeyValueArea): Promise<Profile> {
  const stored = await area.get(PROFILE_STORAGE_KEY);
  return migrateStoredProfile(stored[PROFILE_STORAGE_KEY]);
}

export async function saveProfile(area: KeyValueArea, profile: Profile): Promise<void> {
  await area.set({ [PROFILE_STORAGE_KEY]: profile });
}
