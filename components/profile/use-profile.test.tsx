// @vitest-environment happy-dom
import { act, render, waitFor } from '@testing-library/preact';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { type ProfileStore, useProfile } from './use-profile';

/** A store over one stored profile, as `browser.storage.local` gives it back: a new object each read. */
function storeOf(stored: Profile) {
  let current = stored;
  let changed: () => void = () => undefined;
  const store: ProfileStore = {
    load: async () => structuredClone(current),
    save: async (profile) => {
      current = profile;
    },
    subscribe: (onChange) => {
      changed = onChange;
      return () => undefined;
    },
  };
  const change = (profile: Profile) => {
    current = profile;
    changed();
  };
  return { store, change };
}

describe('useProfile', () => {
  it('shows the profile read before the first render, draws again only when the stored one differs', async () => {
    const mine: Profile = { ...defaultProfile(), crsScore: 471 };
    const { store, change } = storeOf(mine);
    const seen: (Profile | null)[] = [];
    function Shown({ initial }: { initial: Profile | null }) {
      const profile = useProfile(store, initial);
      seen.push(profile);
      return <p>{profile?.crsScore ?? 'none'}</p>;
    }
    const { container } = render(<Shown initial={structuredClone(mine)} />);
    expect(container.textContent).toBe('471');
    // The read of the same profile on mounting leaves the page as it is (no verdicts worked out again).
    await act(() => new Promise((done) => setTimeout(done, 20)));
    expect(seen).toHaveLength(1);
    // A save from the options page is followed.
    act(() => change({ ...mine, crsScore: 488 }));
    await waitFor(() => expect(container.textContent).toBe('488'));
    expect(seen).toHaveLength(2);
  });

  it('replaces a profile read before the first render that is no longer the stored one', async () => {
    const { store } = storeOf({ ...defaultProfile(), crsScore: 488 });
    function Shown() {
      return <p>{useProfile(store, { ...defaultProfile(), crsScore: 471 })?.crsScore ?? 'none'}</p>;
    }
    const { container } = render(<Shown />);
    expect(container.textContent).toBe('471');
    await waitFor(() => expect(container.textContent).toBe('488'));
  });

  it('reads the profile when none was read before', async () => {
    const { store } = storeOf({ ...defaultProfile(), crsScore: 455 });
    function Shown() {
      return <p>{useProfile(store)?.crsScore ?? 'none'}</p>;
    }
    const { container } = render(<Shown />);
    expect(container.textContent).toBe('none');
    await waitFor(() => expect(container.textContent).toBe('455'));
  });
});
