import { browser } from 'wxt/browser';
import { extensionProfileStore } from '@/components/profile/use-profile';
import { renderPage } from '@/components/render-page';
import { db } from '@/lib/db/instance';
import { newestDraws } from '@/lib/db/queries';
import {
  historyFromDigest,
  historyFromDraws,
  historyFromEarlyRead,
  historyStamp,
  readHistory,
} from '@/lib/history/digest';
import { takeEarlyReads } from '@/lib/history/early-read';
import { filtersFromSearch, searchFromFilters } from '@/lib/history/filters';
import { userLanguage } from '@/lib/i18n/user-language';
import { migrateStoredProfile } from '@/lib/profile/profile';
import { HistoryApp, PAGE } from './App';
// Both catalogs load with the page's modules (not once its language is known, a fetch later): the
// chunk of the one it speaks is then ready when the page draws.
import '@/lib/i18n/en';
import '@/lib/i18n/fr';
import '@/components/theme.css';
import '@/components/standing.css';
import './style.css';

const profiles = extensionProfileStore();
// A digest made by another version's readers is built again.
const build = browser.runtime.getManifest().version;

// The schema this version declares (once open, Dexie's `verno` can be IndexedDB's version / 10).
const schemaVersion = db.verno;
// The draws are read while the language and its catalog load, not after.
const opened = db.open();
// The page's first script (entrypoints/draw-history-early.ts) has been reading the digest since the parser
// reached it; what it read is used when it is this schema's current, intact digest.
const early = takeEarlyReads(globalThis);
const fromEarly = (
  early ? historyFromEarlyRead(early.history, schemaVersion, build) : Promise.resolve(null)
).catch(() => null);
// Otherwise the whole history from its digest read through Dexie; when there is none current (new draws
// since), the newest page (a few indexed reads) is shown while every record is read and checked.
const fromDigest = fromEarly.then((read) =>
  read === 'stale' ? null : (read ?? opened.then(() => historyFromDigest(db, build))),
);
const firstNewest = fromDigest.then((read) => (read ? [] : newestDraws(db, PAGE)));
const firstHistory = fromDigest.then((read) => read ?? firstNewest.then(() => historyFromDraws(db, build)));
// A database that cannot be opened is said by the page (below); these are not left unhandled. (When
// the first script's read was used, Dexie's own opening is not awaited: a failure of it is said by
// the page's stamp watch, whose live query fails the same way.)
opened.catch(() => undefined);
firstNewest.catch(() => undefined);
firstHistory.catch(() => undefined);

// The profile read by the first script (else read now), repaired as every stored profile is.
const firstProfile = (early ? early.storedProfile.then(migrateStoredProfile) : profiles.load()).catch(
  () => null,
);

// The page is drawn once with its rows (a digest) and the profile (their verdicts) when they come
// soon, not first as "reading…" and then again.
const deadline = new Promise<null>((done) => setTimeout(() => done(null), 150));
const soon = Promise.race([firstHistory.catch(() => null), deadline]);
const profileSoon = Promise.race([firstProfile, deadline]);

/** A file made in the page, handed to the browser's downloads. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

void (early?.language ?? userLanguage())
  .catch(() => 'en' as const)
  .then((language) =>
    renderPage(document.getElementById('app') as HTMLElement, language, async (ui) => {
      document.title = ui.t('historyTitle');
      const [settled, profile] = await Promise.all([soon, profileSoon]);
      // A database that cannot be opened is said at once (Dexie's live queries would wait on it). A
      // history already read shows it could be: its rows are not held up by Dexie's own opening.
      if (settled === null) await opened;
      return (
        <HistoryApp
          db={db}
          profiles={profiles}
          initialProfile={profile}
          firstNewest={firstNewest}
          firstHistory={firstHistory}
          settledHistory={settled}
          readHistory={() => readHistory(db, build)}
          historyStamp={() => historyStamp(db, build)}
          initialFilters={filtersFromSearch(location.search, new Date().getUTCFullYear())}
          saveFilters={(filters) =>
            history.replaceState(null, '', `${location.pathname}${searchFromFilters(filters)}`)
          }
          download={download}
        />
      );
    }),
  );
