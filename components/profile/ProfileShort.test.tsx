// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { uiServicesIn } from '@/components/testing';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { UiContext } from '../ui-context';
import { ProfileShort } from './ProfileShort';

function renderShort(
  profile: Profile,
  onSave: (profile: Profile) => Promise<void>,
  language: 'en' | 'fr' = 'en',
) {
  return render(
    <UiContext.Provider value={uiServicesIn(language)}>
      <ProfileShort profile={profile} onSave={onSave} openSettings={() => undefined} />
    </UiContext.Provider>,
  );
}

const cecOnly: Profile = {
  ...defaultProfile(),
  crsScore: 480,
  eligiblePrograms: ['cec'],
  provincialNomination: false,
  frenchNclc7: null,
  occupationCategories: ['healthcare', 'stem'],
};

describe('ProfileShort (the popup)', () => {
  it('sums the profile up in one line, "not set" included', () => {
    renderShort(cecOnly, async () => undefined);
    expect(document.querySelector('.profile-summary')?.textContent).toMatch(
      /^My profile: CRS 480 · CEC · no nomination · French not set · 2 occupation categories /,
    );
    renderShort(defaultProfile(), async () => undefined, 'fr');
    expect(document.querySelectorAll('.profile-summary')[1]?.textContent).toMatch(
      /^Mon profil : SCG non précisé · programmes non précisés · désignation non précisée · français non précisé · professions non précisées /,
    );
  });

  it('opens a short form of the score and what the user can enter, and saves it', async () => {
    const saved: Profile[] = [];
    renderShort(cecOnly, async (profile) => {
      saved.push(profile);
    });
    expect(screen.queryByRole('group', { name: 'Programs I am eligible for' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const programs = await screen.findByRole('group', { name: 'Programs I am eligible for' });
    fireEvent.click(within(programs).getByLabelText('Federal Skilled Worker'));
    const french = screen.getByRole('group', { name: /^French: NCLC 7 or higher/ });
    fireEvent.click(within(french).getByLabelText('Yes'));
    fireEvent.input(screen.getByLabelText('My CRS score (Express Entry)'), { target: { value: '491' } });
    // The settings page's other fields are not in the popup.
    expect(screen.queryByRole('group', { name: 'Occupation categories I qualify for' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      ...cecOnly,
      crsScore: 491,
      eligiblePrograms: ['cec', 'fsw'],
      frenchNclc7: true,
    });
  });
});
