import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '@/lib/profile/profile';

export interface ProfileStore {
  load(): Promise<Profile>;
  save(profile: Profile): Promise<void>;
  /** Calls back when the stored profile changes (from any page); returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** The stored profile, kept current when the options page or another popup saves. */
export function useProfile(store: ProfileStore): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void store.load().then((loaded) => {
        if (live) setProfile(loaded);
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
