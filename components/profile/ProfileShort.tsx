import { useState } from 'preact/hooks';
import { CATEGORY_SHORT_KEYS } from '@/lib/i18n/name-keys';
import type { Profile, ProfileFieldName } from '@/lib/profile/profile';
import { useUi } from '../ui-context';
import { ProfileForm } from './ProfileForm';

/** What the popup lets the user change in place: the score and what they can enter. */
export const SHORT_PROFILE_FIELDS: readonly ProfileFieldName[] = [
  'crsScore',
  'eligiblePrograms',
  'provincialNomination',
  'frenchNclc7',
];

interface Props {
  profile: Profile;
  onSave: (profile: Profile) => Promise<void>;
  openSettings: () => void;
}

/** The profile in one line ("CRS 480 · CEC · no nomination · …"), opened to a short form. */
export function ProfileShort({ profile, onSave, openSettings }: Props) {
  const { t } = useUi();
  const [editing, setEditing] = useState(false);
  return (
    <section class="profile-short" aria-labelledby="profile-short-title">
      <p class="profile-summary">
        <strong id="profile-short-title">{t('profileShortHeading')}</strong> {summaryOf(profile, t)}{' '}
        <button
          type="button"
          class="link"
          aria-expanded={editing}
          aria-controls="profile-short-form"
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('profileShortHide') : t('profileShortEdit')}
        </button>{' '}
        <button type="button" class="link" onClick={openSettings}>
          {t('popupAllSettings')}
        </button>
      </p>
      {editing ? (
        <div id="profile-short-form">
          <ProfileForm
            profile={profile}
            onSave={onSave}
            names={SHORT_PROFILE_FIELDS}
            sections={false}
            idPrefix="quick"
            class="short-form"
          />
        </div>
      ) : null}
    </section>
  );
}

function summaryOf(profile: Profile, t: ReturnType<typeof useUi>['t']): string {
  const parts = [
    profile.crsScore === null
      ? t('profileSummaryCrsUnset')
      : t('profileSummaryCrs', { score: profile.crsScore }),
    profile.eligiblePrograms === null
      ? t('profileSummaryProgramsUnset')
      : profile.eligiblePrograms.length === 0
        ? t('profileSummaryNoProgram')
        : profile.eligiblePrograms.map((program) => t(CATEGORY_SHORT_KEYS[program])).join(', '),
    profile.provincialNomination === null
      ? t('profileSummaryNominationUnset')
      : profile.provincialNomination
        ? t('profileSummaryNominee')
        : t('profileSummaryNotNominee'),
    profile.frenchNclc7 === null
      ? t('profileSummaryFrenchUnset')
      : profile.frenchNclc7
        ? t('profileSummaryFrench')
        : t('profileSummaryNoFrench'),
    profile.occupationCategories === null
      ? t('profileSummaryOccupationsUnset')
      : t('profileSummaryOccupations', { count: profile.occupationCategories.length }),
  ];
  return parts.join(' · ');
}
