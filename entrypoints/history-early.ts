import { DATABASE_NAME } from '@/lib/db/name';
import { startEarlyHistoryRead } from '@/lib/history/early-read';

// The history page's first script (history/index.html): starts reading the history digest before the
// page's modules load. Kept apart from them so it runs as soon as the HTML is parsed.
export default defineUnlistedScript(() => {
  startEarlyHistoryRead(globalThis, indexedDB, DATABASE_NAME);
});
