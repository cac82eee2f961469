import { LanguageSetting } from '@/components/LanguageSetting';
import { ProfileForm } from '@/components/profile/ProfileForm';
import { renderPage } from '@/components/render-page';
import { HISTORY_PAGE } from '@/lib/history/page';
import { readUiLanguageSetting, resolveLanguage, type UiLanguageSetting } from '@/lib/i18n/languages';
import { uiLanguageItem, watchUiLanguageSetting } from '@/lib/i18n/ui-language';
import { loadProfile, saveProfile } from '@/lib/profile/storage';
import '@/components/theme.css';
import './style.css';

const root = document.getElementById('app') as HTMLElement;

function show(setting: UiLanguageSetting) {
  return renderPage(root, resolveLanguage(setting, browser.i18n.getUILanguage()), async (ui) => {
    const profile = await loadProfile(browser.storage.local);
    document.title = ui.t('optionsTitle');
    return (
      <main>
        <h1>{ui.t('optionsTitle')}</h1>
        <p>
          <a href={HISTORY_PAGE} target="_blank" rel="noreferrer">
            {ui.t('historyLink')}
          </a>
        </p>
        <LanguageSetting value={setting} onChange={(next) => uiLanguageItem.setValue(next)} />
        <ProfileForm profile={profile} onSave={(saved) => saveProfile(browser.storage.local, saved)} />
      </main>
    );
  });
}

void readUiLanguageSetting(browser.storage.local).then(show);
// Chosen here or in another tab: the page follows at once.
watchUiLanguageSetting((setting) => void show(setting));
