// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { uiServicesIn } from '@/components/testing';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { UiContext } from '../ui-context';
import { ProfileForm } from './ProfileForm';

const ui = uiServicesIn('en');

function renderForm(onSave: (profile: Profile) => Promise<void>) {
  return render(
    <UiContext.Provider value={ui}>
      <ProfileForm profile={defaultProfile()} onSave={onSave} />
    </UiContext.Provider>,
  );
}

describe('ProfileForm', () => {
  it('shows the error next to the field and saves nothing while a field is invalid', async () => {
    const saved: Profile[] = [];
    renderForm(async (profile) => {
      saved.push(profile);
    });
    const crs = screen.getByLabelText('My CRS score (Express Entry)');
    fireEvent.input(crs, { target: { value: '480.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(crs.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(crs.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toMatch(/whole number/i);
    expect(screen.getByRole('alert').textContent).toContain('Nothing was saved');
    expect(saved).toEqual([]);
  });

  it('saves a valid profile: score, one category, a province with its own score, the interval', async () => {
    const saved: Profile[] = [];
    renderForm(async (profile) => {
      saved.push(profile);
    });
    fireEvent.input(screen.getByLabelText('My CRS score (Express Entry)'), { target: { value: ' 480 ' } });
    fireEvent.click(screen.getByLabelText('All categories, including new ones'));
    const categories = screen.getByRole('group', { name: 'Express Entry categories to follow' });
    fireEvent.click(within(categories).getByLabelText('Transport occupations'));
    fireEvent.click(screen.getAllByLabelText('Manitoba (MPNP)')[1] as HTMLElement);
    fireEvent.input(screen.getAllByLabelText('Manitoba (MPNP)')[0] as HTMLElement, {
      target: { value: '612' },
    });
    fireEvent.change(screen.getByLabelText('Outside Express Entry draw hours, check IRCC’s feed at least'), {
      target: { value: '60' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(saved).toEqual([
      {
        ...defaultProfile(),
        crsScore: 480,
        followedCategories: ['transport'],
        followedProvinces: ['MB'],
        provincialScores: { MB: 612 },
        checkIntervalMinutes: 60,
      },
    ]);
  });

  it('asks what the user can enter, with "Not set" kept apart from "none of these"', async () => {
    const saved: Profile[] = [];
    renderForm(async (profile) => {
      saved.push(profile);
    });
    const programs = screen.getByRole('group', { name: 'Programs I am eligible for' });
    const notSet = within(programs).getByLabelText('Not set') as HTMLInputElement;
    expect(notSet.checked).toBe(true);
    // Ticking a program leaves "not set"; the other programs stay unticked.
    fireEvent.click(within(programs).getByLabelText('Canadian Experience Class'));
    await waitFor(() => expect(notSet.checked).toBe(false));
    const nomination = screen.getByRole('group', { name: 'I hold a provincial or territorial nomination' });
    fireEvent.click(within(nomination).getByLabelText('No'));
    const occupations = screen.getByRole('group', { name: 'Occupation categories I qualify for' });
    fireEvent.click(within(occupations).getByLabelText('Not set'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(saved).toEqual([
      {
        ...defaultProfile(),
        eligiblePrograms: ['cec'],
        provincialNomination: false,
        frenchNclc7: null,
        occupationCategories: [],
      },
    ]);
  });
});
