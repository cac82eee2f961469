import { render } from 'preact';
import { LanguageSetting } from '@/components/LanguageSetting';
import { ProfileForm } from '@/components/profile/ProfileForm';
import { loadUiServices, UiContext } from '@/components/ui-context';
import { readUiLanguageSetting, resolveLanguage, type UiLanguageSetting } from '@/lib/i18n/languages';
import { uiLanguageItem, watchUiLanguageSetting } from '@/lib/i18n/ui-language';
import { loadProfile, saveProfile } from '@/lib/profile/storage';
import '@/components/theme.css';
import './style.css';

const root = document.getElementById('app') as HTMLElement;

async function show(setting: UiLanguageSetting) {
  const [ui, profile] = await Promise.all([
    loadUiServices(resolveLanguage(setting, browser.i18n.getUILanguage()), document),
    loadProfile(browser.storage.local),
  ]);
  document.title = ui.t('optionsTitle');
  render(
    <UiContext.Provider value={ui}>
      <main>
        <h1>{ui.t('optionsTitle')}</h1>
        <LanguageSetting value={setting} onChange={(next) => uiLanguageItem.setValue(next)} />
        <ProfileForm profile={profile} onSave={(saved) => saveProfile(browser.storage.local, saved)} />
      </main>
    </UiContext.Provider>,
    root,
  );
}

void readUiLanguageSetting(browser.storage.local).then(show);
// Chosen here or in another tab: the page follows at once.
watchUiLanguageSetting((setting) => void show(setting));
