/**
 * Run inside the extension (Chromium's service worker or an extension page, a Firefox extension
 * page): its sources' stored states, read or moved in time. Both browsers' suites pass these to
 * `evaluate`, so they carry no closure.
 */

/** What the tests read of a source's stored state (lib/db/database.ts, SourceState). */
export interface StoredSourceState {
  id: string;
  lastAttemptAt: number | null;
  nextAttemptAt: number;
  consecutiveFailures: number;
}

/** Every source's stored state. */
export function readSourceStates(): Promise<StoredSourceState[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('draw-alerts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('sources').objectStore('sources').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(
          all.result.map(({ id, lastAttemptAt, nextAttemptAt, consecutiveFailures }) => ({
            id,
            lastAttemptAt,
            nextAttemptAt,
            consecutiveFailures,
          })),
        );
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/**
 * Moves every source's last check a minute back, as if a minute had passed: the extension never
 * asks a source twice within a minute, not even on "Check now".
 */
export function aMinutePasses(): Promise<void> {
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
