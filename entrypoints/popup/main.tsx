import { render } from 'preact';
import type { ProfileStore } from '@/components/profile/use-profile';
import { loadUiServices, UiContext } from '@/components/ui-context';
import { refreshBadge, takeUnseen } from '@/lib/alerts/deliver';
import { db } from '@/lib/db/instance';
import { roundIdOf } from '@/lib/draws/round-link';
import { userLanguage } from '@/lib/i18n/user-language';
import { sendMessage } from '@/lib/messaging/protocol';
import { loadProfile, PROFILE_STORAGE_KEY, saveProfile } from '@/lib/profile/storage';
import { App } from './App';
import '@/components/theme.css';
import '@/components/standing.css';
import './style.css';

const profiles: ProfileStore = {
  load: () => loadProfile(browser.storage.local),
  save: (profile) => saveProfile(browser.storage.local, profile),
  subscribe: (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PROFILE_STORAGE_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

void userLanguage()
  .then((language) => loadUiServices(language, document))
  .then((ui) => {
    const takeUnseenAndClearBadge = async () => {
      const ids = await takeUnseen(db);
      await refreshBadge(db, browser.action ?? browser.browserAction, ui.t);
      return ids;
    };
    render(
      <UiContext.Provider value={ui}>
        <App
          db={db}
          checkNow={() => sendMessage('checkNow')}
          profiles={profiles}
          takeUnseen={takeUnseenAndClearBadge}
          openSettings={() => void browser.runtime.openOptionsPage()}
          roundId={roundIdOf(location.search)}
        />
      </UiContext.Provider>,
      document.getElementById('app') as HTMLElement,
    );
  });
