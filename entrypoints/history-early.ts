import { DATABASE_NAME } from '@/lib/db/name';
import { readHistoryEarly, startEarlyReads } from '@/lib/history/early-read';
import { userLanguage } from '@/lib/i18n/user-language';

// The history page's first script (a classic script in history/index.html's head): starts reading the
// history digest and the user's language before the page's modules load. Kept apart from them (2 KB)
// so it runs as soon as the parser reaches it.
export default defineUnlistedScript(() => {
  startEarlyReads(globalThis, {
    history: readHistoryEarly(indexedDB, DATABASE_NAME),
    language: userLanguage(),
  });
});
