import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Profile } from '@/lib/profile/profile';
import { loadProfile, PROFILE_STORAGE_KEY, saveProfile } from '@/lib/profile/storage';

export interface ProfileStore {
  load(): Promise<Profile>;
  save(profile: Profile): Promise<void>;
  /** Calls back when the stored profile changes (from any page); returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/**
 * The stored profile, kept current when the options page or another popup saves. `initial`: the
 * profile already read (by the page's first script), shown from the first render.
 */
export function useProfile(store: ProfileStore, initial: Profile | null = null): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(initial);
  useEffect(() => {
    let live = true;
    // Read again (it may have changed since): the page is drawn again only when it differs.
    const refresh = () =>
      void store.load().then((loaded) => {
        if (live) setProfile((current) => (sameProfile(current, loaded) ? current : loaded));
      });
    refresh();
    const unsubscribe = store.subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return profile;
}

/** Both come out of `migrateStoredProfile`: plain data, its keys in the schema's order. */
function sameProfile(a: Profile | null, b: Profile): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** The profile in the extension's storage, followed across pages (popup, options, history). */
export function extensionProfileStore(): ProfileStore {
  return {
    load: () => loadProfile(browser.storage.local),
    save: (profile) => saveProfile(browser.storage.local, profile),
    subscribe: (onChange) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && PROFILE_STORAGE_KEY in changes) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
