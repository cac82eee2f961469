import { extensionProfileStore } from '@/components/profile/use-profile';
import { renderPage } from '@/components/render-page';
import { db } from '@/lib/db/instance';
import { filtersFromSearch, searchFromFilters } from '@/lib/history/filters';
import { userLanguage } from '@/lib/i18n/user-language';
import { HistoryApp } from './App';
import '@/components/theme.css';
import '@/components/standing.css';
import './style.css';

const profiles = extensionProfileStore();

/** A file made in the page, handed to the browser's downloads. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

void userLanguage()
  .catch(() => 'en' as const)
  .then((language) =>
    renderPage(document.getElementById('app') as HTMLElement, language, async (ui) => {
      document.title = ui.t('historyTitle');
      // A database that cannot be opened is said at once (Dexie's live queries would wait on it).
      await db.open();
      return (
        <HistoryApp
          db={db}
          profiles={profiles}
          initialFilters={filtersFromSearch(location.search, new Date().getUTCFullYear())}
          saveFilters={(filters) =>
            history.replaceState(null, '', `${location.pathname}${searchFromFilters(filters)}`)
          }
          download={download}
        />
      );
    }),
  );
