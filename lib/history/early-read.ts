/**
 * The history digest read with IndexedDB itself, by a small script the history page runs as soon as
 * its HTML is parsed: the read (in the browser's storage process) overlaps the loading of the page's
 * modules (Preact, Dexie, the catalogs) instead of waiting for them; so does the read of the user's
 * language. Nothing here is trusted: the page
 * holds what was read to the digest's stamp and rows (`historyFromEarlyRead`) and, when it is not
 * current or not readable, reads through Dexie as before.
 */

import type { Language } from '@/lib/i18n/languages';

/** The digest's key in the `digests` table. */
export const DIGEST_NAME = 'history';

/** What the stamp of the history and its digest are made of, as stored (not yet checked). */
export interface EarlyHistory {
  /** The database's IndexedDB version: Dexie's schema version × 10. */
  idbVersion: number;
  drawCount: number;
  sources: unknown[];
  digest: unknown;
}

const STORES = ['draws', 'sources', 'digests'];

/** Reads the stamp's parts and the digest in one transaction; rejects when there is no such database. */
export function readHistoryEarly(factory: IDBFactory, name: string): Promise<EarlyHistory> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // No database yet (a new install): none is made here, at a version Dexie did not choose.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not open ${name}`));
    request.onsuccess = () => {
      const database = request.result;
      // An upgrade (a new version of the extension) is never held up by this short read.
      database.onversionchange = () => database.close();
      let transaction: IDBTransaction;
      try {
        transaction = database.transaction(STORES, 'readonly');
      } catch (error) {
        // An older schema, without the digests table.
        database.close();
        reject(error);
        return;
      }
      const count = transaction.objectStore('draws').count();
      const sources = transaction.objectStore('sources').getAll();
      const digest = transaction.objectStore('digests').get(DIGEST_NAME);
      transaction.oncomplete = () => {
        database.close();
        resolve({
          idbVersion: database.version,
          drawCount: count.result,
          sources: sources.result,
          digest: digest.result,
        });
      };
      transaction.onabort = () => {
        database.close();
        reject(transaction.error ?? new Error('The history digest read was aborted'));
      };
    };
  });
}

/** What the first script starts: the digest's read, and the language the page speaks. */
export interface EarlyReads {
  history: Promise<EarlyHistory>;
  language: Promise<Language>;
}

/** Where the first script leaves its reads for the page's modules. */
const HANDOFF = Symbol.for('draw-alerts.history-early-reads');
type Handoff = { [HANDOFF]?: EarlyReads };

export function startEarlyReads(global: object, reads: EarlyReads): void {
  // Said (or not) by the page that takes them; never an unhandled rejection in the meantime.
  reads.history.catch(() => undefined);
  reads.language.catch(() => undefined);
  (global as Handoff)[HANDOFF] = reads;
}

/** The reads the first script started, once (null when it did not run). */
export function takeEarlyReads(global: object): EarlyReads | null {
  const reads = (global as Handoff)[HANDOFF] ?? null;
  delete (global as Handoff)[HANDOFF];
  return reads;
}
