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

/**
 * Runs inside an extension page: moves every source's last check a minute back, as if a minute had
 * passed (the extension never asks a source twice within a minute, not even on "Check now").
 */
export function moveChecksAMinuteBack(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('draw-alerts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('sources', 'readwrite');
      const sources = transaction.objectStore('sources');
      const all = sources.getAll();
      all.onsuccess = () => {
        for (const state of all.result) {
          if (state.lastAttemptAt !== null)
            sources.put({ ...state, lastAttemptAt: state.lastAttemptAt - 61_000 });
        }
      };
      transaction.oncomplete = () => {
        open.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
