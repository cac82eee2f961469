// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
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
    fireEvent.click(screen.getByLabelText('Transport occupations'));
    fireEvent.click(screen.getAllByLabelText('Manitoba (MPNP)')[1] as HTMLElement);
    fireEvent.input(screen.getAllByLabelText('Manitoba (MPNP)')[0] as HTMLElement, {
      target: { value: '612' },
    });
    fireEvent.change(screen.getByLabelText('Check the official sources'), { target: { value: '60' } });
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
});
