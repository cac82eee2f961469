import { extensionProfileStore } from '@/components/profile/use-profile';
import { renderPage } from '@/components/render-page';
import { refreshBadge, takeUnseen } from '@/lib/alerts/deliver';
import { db } from '@/lib/db/instance';
import { roundIdOf } from '@/lib/draws/round-link';
import { userLanguage } from '@/lib/i18n/user-language';
import { sendMessage } from '@/lib/messaging/protocol';
import { App } from './App';
import '@/components/theme.css';
import '@/components/standing.css';
import './style.css';

const profiles = extensionProfileStore();

void userLanguage()
  .catch(() => 'en' as const)
  .then((language) =>
    renderPage(document.getElementById('app') as HTMLElement, language, async (ui) => {
      // A database that cannot be opened is said at once (Dexie's live queries would wait on it).
      await db.open();
      const takeUnseenAndClearBadge = async () => {
        const ids = await takeUnseen(db);
        await refreshBadge(db, browser.action ?? browser.browserAction, ui.t);
        return ids;
      };
      return (
        <App
          db={db}
          checkNow={() => sendMessage('checkNow')}
          profiles={profiles}
          takeUnseen={takeUnseenAndClearBadge}
          openSettings={() => void browser.runtime.openOptionsPage()}
          roundId={roundIdOf(location.search)}
        />
      );
    }),
  );
