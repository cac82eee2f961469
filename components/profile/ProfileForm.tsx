import { useState } from 'preact/hooks';
import { type FieldError, validateProfileForm } from '@/lib/profile/form';
import {
  CHECK_INTERVAL_LABEL_KEYS,
  CHECK_INTERVALS_MINUTES,
  EXPRESS_ENTRY_CATEGORIES,
  PROVINCES,
  type Profile,
} from '@/lib/profile/profile';
import { useUi } from '../ui-context';
import { draftOf, errorsByField, formInputOf, type ProfileDraft, toggle } from './profile-form-state';

interface Props {
  profile: Profile;
  onSave: (profile: Profile) => Promise<void>;
}

/** The whole profile: scores, what to follow, how to be told. Nothing is saved until all of it is valid. */
export function ProfileForm({ profile, onSave }: Props) {
  const { t } = useUi();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const update = (change: Partial<ProfileDraft>) => {
    setDraft({ ...draft, ...change });
    setStatus('idle');
  };

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateProfileForm(formInputOf(draft), profile);
    if (!result.ok) {
      setErrors(errorsByField(result.errors));
      setStatus('idle');
      const first = result.errors[0]?.field;
      if (first !== undefined) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      await onSave(result.profile);
      setDraft(draftOf(result.profile));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  const errorOf = (field: string) => errors[field];
  const invalidProps = (field: string) =>
    errorOf(field) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(field)}-error` } : {};
  const errorText = (field: string) => {
    const error = errorOf(field);
    return error ? (
      <p class="field-error" id={`${fieldId(field)}-error`}>
        {t(error.key, error.params)}
      </p>
    ) : null;
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('optionsScores')}</legend>
        <label for={fieldId('crsScore')}>{t('optionsCrsScore')}</label>
        <input
          id={fieldId('crsScore')}
          inputMode="numeric"
          autoComplete="off"
          value={draft.crsScore}
          onInput={(event) => update({ crsScore: event.currentTarget.value })}
          {...invalidProps('crsScore')}
        />
        <p class="hint">{t('optionsCrsHint')}</p>
        {errorText('crsScore')}
        <details open={Object.keys(draft.provincialScores).length > 0}>
          <summary>{t('optionsProvincialScores')}</summary>
          {PROVINCES.map(({ code, labelKey }) => {
            const field = `provincialScores.${code}`;
            return (
              <div key={code} class="row">
                <label for={fieldId(field)}>{t(labelKey)}</label>
                <input
                  id={fieldId(field)}
                  inputMode="numeric"
                  autoComplete="off"
                  value={draft.provincialScores[code] ?? ''}
                  onInput={(event) =>
                    update({
                      provincialScores: { ...draft.provincialScores, [code]: event.currentTarget.value },
                    })
                  }
                  {...invalidProps(field)}
                />
                {errorText(field)}
              </div>
            );
          })}
        </details>
      </fieldset>

      <fieldset id={fieldId('followedCategories')} tabIndex={-1} {...invalidProps('followedCategories')}>
        <legend>{t('optionsCategories')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.allCategories}
            onChange={(event) => update({ allCategories: event.currentTarget.checked })}
          />
          {t('optionsAllCategories')}
        </label>
        <div class="checks">
          {EXPRESS_ENTRY_CATEGORIES.map(({ key, labelKey }) => (
            <label key={key} class="check">
              <input
                type="checkbox"
                disabled={draft.allCategories}
                checked={draft.allCategories || draft.followedCategories.includes(key)}
                onChange={(event) =>
                  update({
                    followedCategories: toggle(draft.followedCategories, key, event.currentTarget.checked),
                  })
                }
              />
              {t(labelKey)}
            </label>
          ))}
        </div>
        {errorText('followedCategories')}
      </fieldset>

      <fieldset id={fieldId('followedProvinces')} tabIndex={-1} {...invalidProps('followedProvinces')}>
        <legend>{t('optionsProvinces')}</legend>
        <div class="checks">
          {PROVINCES.map(({ code, labelKey }) => (
            <label key={code} class="check">
              <input
                type="checkbox"
                checked={draft.followedProvinces.includes(code)}
                onChange={(event) =>
                  update({
                    followedProvinces: toggle(draft.followedProvinces, code, event.currentTarget.checked),
                  })
                }
              />
              {t(labelKey)}
            </label>
          ))}
        </div>
        {errorText('followedProvinces')}
      </fieldset>

      <fieldset>
        <legend>{t('optionsAlerts')}</legend>
        <label class="check">
          <input
            id={fieldId('notificationsEnabled')}
            type="checkbox"
            checked={draft.notificationsEnabled}
            onChange={(event) => update({ notificationsEnabled: event.currentTarget.checked })}
          />
          {t('optionsNotifications')}
        </label>
        <label class="check">
          <input
            id={fieldId('onlyWhenCutOffAtOrBelowMyScore')}
            type="checkbox"
            checked={draft.onlyWhenCutOffAtOrBelowMyScore}
            onChange={(event) => update({ onlyWhenCutOffAtOrBelowMyScore: event.currentTarget.checked })}
          />
          {t('optionsOnlyBelowMyScore')}
        </label>
        <label for={fieldId('checkIntervalMinutes')}>{t('optionsInterval')}</label>
        <select
          id={fieldId('checkIntervalMinutes')}
          value={draft.checkIntervalMinutes}
          onChange={(event) => update({ checkIntervalMinutes: event.currentTarget.value })}
          {...invalidProps('checkIntervalMinutes')}
        >
          {CHECK_INTERVALS_MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t(CHECK_INTERVAL_LABEL_KEYS[minutes])}
            </option>
          ))}
        </select>
        {errorText('checkIntervalMinutes')}
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={status === 'saving'} aria-busy={status === 'saving'}>
          {t('optionsSave')}
        </button>
        <span role="status" class={status === 'failed' ? 'field-error' : 'saved'}>
          {status === 'saved' ? t('optionsSaved') : status === 'failed' ? t('optionsSaveFailed') : ''}
        </span>
        {Object.keys(errors).length > 0 ? (
          <span role="alert" class="field-error">
            {t('optionsNotSaved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

function fieldId(field: string): string {
  return `field-${field.replace(/\./g, '-') || 'form'}`;
}
