import { useState } from 'preact/hooks';
import { UI_LANGUAGE_SETTINGS, type UiLanguageSetting } from '@/lib/i18n/languages';
import type { LabelKey } from '@/lib/i18n/messages';
import { useUi } from './ui-context';

const LABEL_KEYS = {
  auto: 'optionsLanguageAuto',
  en: 'optionsLanguageEn',
  fr: 'optionsLanguageFr',
} as const satisfies Record<UiLanguageSetting, LabelKey>;

interface Props {
  value: UiLanguageSetting;
  /** Saves the choice; the page re-renders in the new language when storage reports it. */
  onChange: (setting: UiLanguageSetting) => Promise<void>;
}

/** The UI language: the browser's, or one of ours. Saved as soon as it is chosen. */
export function LanguageSetting({ value, onChange }: Props) {
  const { t } = useUi();
  const [failed, setFailed] = useState(false);
  return (
    <fieldset class="language">
      <legend>{t('optionsLanguage')}</legend>
      <select
        id="field-uiLanguage"
        aria-label={t('optionsLanguage')}
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value as UiLanguageSetting;
          onChange(next).then(
            () => setFailed(false),
            () => setFailed(true),
          );
        }}
      >
        {UI_LANGUAGE_SETTINGS.map((setting) => (
          // A language is named in itself, and marked so screen readers pronounce it right.
          <option key={setting} value={setting} lang={setting === 'auto' ? undefined : setting}>
            {t(LABEL_KEYS[setting])}
          </option>
        ))}
      </select>
      {failed ? (
        <p class="field-error" role="alert">
          {t('optionsSaveFailed')}
        </p>
      ) : null}
    </fieldset>
  );
}
