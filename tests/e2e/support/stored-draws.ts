/**
 * Runs inside the extension (Chromium's service worker, a Firefox extension page): how many draws its
 * IndexedDB holds, -1 before the database exists. Both browsers' suites pass it to `evaluate`.
 */
export function countStoredDraws(): Promise<number> {
  return new Promise<number>((resolve) => {
    const open = indexedDB.open('draw-alerts');
    // Not created yet: never create it here (an open connection would block the extension's upgrade).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(-1);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const count = db.transaction('draws').objectStore('draws').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => resolve(-1);
      } catch {
        resolve(-1);
      } finally {
        db.close();
      }
    };
  });
}
