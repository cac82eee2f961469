import { useState } from 'preact/hooks';
import { draftOf, errorsByField, formInputOf, type ProfileDraft } from '@/lib/profile/draft';
import { type FieldError, validateProfileForm } from '@/lib/profile/form';
import { PROFILE_FIELD_NAMES, type Profile, type ProfileFieldName } from '@/lib/profile/profile';
import { useUi } from '../ui-context';
import { fieldId, ProfileFields } from './ProfileFields';

interface Props {
  profile: Profile;
  onSave: (profile: Profile) => Promise<void>;
  /** The fields to edit (all of them on the settings page; a few in the popup). */
  names?: readonly ProfileFieldName[];
  /** Fieldsets with legends per section; off for a short form. */
  sections?: boolean;
  idPrefix?: string;
  class?: string;
}

/** Profile fields with one Save. Nothing is saved until all of them are valid. */
export function ProfileForm({
  profile,
  onSave,
  names = PROFILE_FIELD_NAMES,
  sections = true,
  idPrefix = 'field',
  class: className,
}: Props) {
  const { t } = useUi();
  const [draft, setDraft] = useState<Partial<ProfileDraft>>(() => draftOf(profile, names));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateProfileForm(formInputOf(draft), profile);
    if (!result.ok) {
      setErrors(errorsByField(result.errors));
      setStatus('idle');
      const first = result.errors[0]?.field;
      if (first !== undefined) document.getElementById(fieldId(first, idPrefix))?.focus();
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      await onSave(result.profile);
      setDraft(draftOf(result.profile, names));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form onSubmit={submit} noValidate class={className}>
      <ProfileFields
        names={names}
        draft={draft}
        errors={errors}
        sections={sections}
        idPrefix={idPrefix}
        onChange={(name, value) => {
          setDraft({ ...draft, [name]: value });
          setStatus('idle');
        }}
      />
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
