import { useState } from 'preact/hooks';
import { validateProfileForm } from '@/lib/profile/form';
import type { Profile } from '@/lib/profile/profile';
import { useUi } from '../ui-context';

interface Props {
  profile: Profile;
  onSave: (profile: Profile) => Promise<void>;
  openSettings: () => void;
}

/** The popup's shortcut to the one setting people change most: their CRS score. */
export function ScoreQuickEdit({ profile, onSave, openSettings }: Props) {
  const { t } = useUi();
  const [value, setValue] = useState(profile.crsScore === null ? '' : String(profile.crsScore));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateProfileForm({ crsScore: value }, profile);
    if (!result.ok) {
      const first = result.errors[0];
      setError(first ? t(first.key, first.params) : null);
      setSaved(false);
      return;
    }
    setError(null);
    await onSave(result.profile);
    setSaved(true);
  }

  return (
    <form class="quick-score" onSubmit={submit} noValidate>
      <label for="quick-crs">{t('popupMyCrs')}</label>
      <input
        id="quick-crs"
        inputMode="numeric"
        size={5}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'quick-crs-error' : undefined}
        onInput={(event) => {
          setValue(event.currentTarget.value);
          setSaved(false);
        }}
      />
      <button type="submit">{t('popupSaveScore')}</button>
      <button type="button" class="link" onClick={openSettings}>
        {t('popupAllSettings')}
      </button>
      <span role="status" class="saved">
        {saved ? t('optionsSaved') : ''}
      </span>
      {error ? (
        <p id="quick-crs-error" class="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
