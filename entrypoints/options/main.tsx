import { render } from 'preact';
import { ProfileForm } from '@/components/profile/ProfileForm';
import { UiContext } from '@/components/ui-context';
import { createFormatter } from '@/lib/i18n/format';
import { createTranslate } from '@/lib/i18n/messages';
import { loadProfile, saveProfile } from '@/lib/profile/storage';
import '@/components/theme.css';
import './style.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
const ui = {
  t: createTranslate((key, substitutions) => browser.i18n.getMessage(key as never, substitutions)),
  format: createFormatter(locale),
};
document.title = ui.t('optionsTitle');

void loadProfile(browser.storage.local).then((profile) => {
  render(
    <UiContext.Provider value={ui}>
      <main>
        <h1>{ui.t('optionsTitle')}</h1>
        <ProfileForm profile={profile} onSave={(saved) => saveProfile(browser.storage.local, saved)} />
      </main>
    </UiContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
});
