import { browser } from 'wxt/browser';
import { DATABASE_NAME } from '@/lib/db/name';
import { readHistoryEarly, startEarlyReads } from '@/lib/history/early-read';
import { UI_LANGUAGE_KEY } from '@/lib/i18n/languages';
import { userLanguage } from '@/lib/i18n/user-language';
import { PROFILE_STORAGE_KEY } from '@/lib/profile/storage-key';

// The history page's first script (a classic script in draw-history/index.html's head): starts reading the
// history digest, the user's language and profile before the page's modules load. Kept apart from
// them (2 KB) so it runs as soon as the parser reaches it.
export default defineUnlistedScript(() => {
  const history = readHistoryEarly(indexedDB, DATABASE_NAME);
  // The language setting and the profile in one read of the extension's storage. A failure of it,
  // even a thrown one, still hands the digest's read over (the language is then the browser's, and
  // the page reads the profile itself).
  const stored = Promise.resolve().then(() =>
    browser.storage.local.get([UI_LANGUAGE_KEY, PROFILE_STORAGE_KEY]),
  );
  startEarlyReads(globalThis, {
    history,
    language: userLanguage({ get: () => stored }),
    storedProfile: stored.then((values) => values[PROFILE_STORAGE_KEY]),
  });
});
