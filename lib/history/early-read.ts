/**
 * The history digest read with IndexedDB itself, by a small script in the history page's head (it
 * runs before the page's modules are even fetched): the read (in the browser's storage process)
 * overlaps the loading of the modules (Preact, Dexie, the catalogs) instead of waiting for them; so
 * does the read of the user's language and profile. Nothing here is trusted: the page holds what was
 * read to the digest's stamp and rows (`historyFromEarlyRead`) and, when it is not current or not
 * readable, reads through Dexie as before; the profile is repaired as every stored profile is.
 */

import type { Language } from '@/lib/i18n/languages';

/** The digest's key in the `digests` table. */
export const DIGEST_NAME = 'history';

/**
 * What the stamp of the history is made of, as stored (not yet checked), but for the count of stored
 * draws: counting is a scan of every record (some 40 ms when the page is opened, and the digest's own
 * read waits behind it), so the digest is first taken at its own count, and the page confirms that
 * count once it is idle (its watch on the stamp reads the draws again when it differs).
 */
export interface StampParts {
  /** The database's IndexedDB version: Dexie's schema version × 10 (or a little more). */
  idbVersion: number;
  sources: unknown[];
}

/** The two reads, each settling on its own. */
export interface EarlyHistory {
  /** The digest record as stored (undefined when there is none). */
  digest: Promise<unknown>;
  stampParts: Promise<StampParts>;
}

/**
 * Reads the digest, and beside it (another transaction, run at the same time) what its stamp is
 * checked against. Both reject when there is no such database; the digest's, when there is no digests
 * table (an older schema).
 */
export function readHistoryEarly(factory: IDBFactory, name: string): EarlyHistory {
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    // No database yet (a new install): none is made here, at a version Dexie did not choose.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not open ${name}`));
    request.onsuccess = () => {
      const database = request.result;
      // An upgrade (a new version of the extension) is never held up by these short reads.
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
  let pending = 2;
  const done = (database: IDBDatabase) => {
    pending -= 1;
    if (pending === 0) database.close();
  };
  const read = <T>(stores: string[], requests: (transaction: IDBTransaction) => () => T): Promise<T> =>
    opened.then(
      (database) =>
        new Promise<T>((resolve, reject) => {
          let transaction: IDBTransaction;
          try {
            transaction = database.transaction(stores, 'readonly');
          } catch (error) {
            // An older schema, without the digests table.
            done(database);
            reject(error);
            return;
          }
          const result = requests(transaction);
          transaction.oncomplete = () => {
            done(database);
            resolve(result());
          };
          transaction.onabort = () => {
            done(database);
            reject(transaction.error ?? new Error('A read of the history was aborted'));
          };
        }),
    );
  const digest = read(['digests'], (transaction) => {
    const request = transaction.objectStore('digests').get(DIGEST_NAME);
    return () => request.result as unknown;
  });
  const stampParts = read(['sources'], (transaction) => {
    const sources = transaction.objectStore('sources').getAll();
    return () => ({ idbVersion: transaction.db.version, sources: sources.result });
  });
  return { digest, stampParts };
}

/** What the first script starts: the digest's read, the language the page speaks, the user's profile. */
export interface EarlyReads {
  history: EarlyHistory;
  language: Promise<Language>;
  /**
   * The profile as stored (not yet repaired): the page's first rows carry their verdicts, and its
   * cut-off chart the user's CRS, instead of both being drawn again a moment later.
   */
  storedProfile: Promise<unknown>;
}

/** Where the first script leaves its reads for the page's modules. */
const HANDOFF = Symbol.for('draw-alerts.history-early-reads');
type Handoff = { [HANDOFF]?: EarlyReads };

export function startEarlyReads(global: object, reads: EarlyReads): void {
  // Said (or not) by the page that takes them; never an unhandled rejection in the meantime.
  reads.history.digest.catch(() => undefined);
  reads.history.stampParts.catch(() => undefined);
  reads.language.catch(() => undefined);
  reads.storedProfile.catch(() => undefined);
  (global as Handoff)[HANDOFF] = reads;
}

/** The reads the first script started, once (null when it did not run). */
export function takeEarlyReads(global: object): EarlyReads | null {
  const reads = (global as Handoff)[HANDOFF] ?? null;
  delete (global as Handoff)[HANDOFF];
  return reads;
}
