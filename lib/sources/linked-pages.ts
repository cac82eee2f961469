import type { DrawAlertsDatabase, LinkedPageState } from '@/lib/db/database';
import { type FetchOutcome, hashBody, type Validators } from './fetch-policy';
import type { LinkedPageReader } from './source';

/**
 * Pages a source links to (Manitoba's draw posts), each fetched once: what was read is kept with
 * the page's validators, so a changed index costs one request plus its new posts. A post can still
 * be edited in its first days (a score added, a count corrected): while it is recent it is asked
 * again, with its validators, at most every RECHECK_MS; after that it is never fetched again.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A post dated within this many days may still be edited. */
export const STILL_CHANGING_MS = 7 * DAY;
/** How often a recent post is asked again. */
export const RECHECK_MS = 12 * HOUR;

/** A post may still change while it is recent: by its own date, else by when it was first read. */
export function mayStillChange(page: LinkedPageState, now: number): boolean {
  const since = page.datedOn === null ? page.firstReadAt : Date.parse(`${page.datedOn}T00:00:00Z`);
  return now - since < STILL_CHANGING_MS;
}

export function isRecheckDue(page: LinkedPageState, now: number): boolean {
  return mayStillChange(page, now) && now - page.checkedAt >= RECHECK_MS;
}

/** Whether a poll of `sourceId` has recent pages to ask again (so its index must be read, not skipped). */
export async function linkedPagesDue(
  db: DrawAlertsDatabase,
  sourceId: string,
  now: number,
): Promise<boolean> {
  const pages = await db.linkedPages.where('sourceId').equals(sourceId).toArray();
  return pages.some((page) => isRecheckDue(page, now));
}

export interface LinkedPagesDeps {
  db: DrawAlertsDatabase;
  sourceId: string;
  now: () => number;
  /** One GET under the poll's policy (conditional when validators are given). */
  fetch(url: string, validators: Validators): Promise<FetchOutcome>;
}

const NO_VALIDATORS: Validators = { etag: null, lastModified: null };

/**
 * `readLinked` for one poll of one source, and what it read (so pages no longer linked are
 * forgotten after a complete read).
 */
export function keptLinkedPages(deps: LinkedPagesDeps) {
  const { db, sourceId } = deps;
  const read = new Set<string>();

  async function readLinked<T>(url: string, reader: LinkedPageReader<T>): Promise<T> {
    read.add(url);
    const now = deps.now();
    const stored = await db.linkedPages.get(url);
    const kept =
      stored?.sourceId === sourceId && stored.readerVersion === reader.version ? stored : undefined;
    if (kept !== undefined && !isRecheckDue(kept, now)) return kept.value as T;

    let fetched: FetchOutcome;
    try {
      fetched = await deps.fetch(url, kept ?? NO_VALIDATORS);
    } catch (error) {
      // A recent post that could not be asked again is still what it was: asked at the next poll.
      if (kept !== undefined) return kept.value as T;
      throw error;
    }
    const checked = { checkedAt: now };
    if (fetched.kind === 'not-modified') {
      if (kept === undefined) throw new Error(`${url} answered 304 to an unconditional request`);
      await db.linkedPages.update(url, checked);
      return kept.value as T;
    }
    const contentHash = await hashBody(fetched.body);
    const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    if (kept !== undefined && kept.contentHash === contentHash) {
      await db.linkedPages.update(url, { ...checked, ...validators });
      return kept.value as T;
    }
    const { value, datedOn } = reader.read(fetched.body);
    await db.linkedPages.put({
      url,
      sourceId,
      ...validators,
      contentHash,
      readerVersion: reader.version,
      value,
      datedOn,
      firstReadAt: kept?.firstReadAt ?? now,
      checkedAt: now,
    });
    return value;
  }

  return {
    readLinked,
    /** After a complete read: pages the index no longer links are not kept. */
    async forgetUnlinked(): Promise<void> {
      await db.linkedPages
        .where('sourceId')
        .equals(sourceId)
        .filter((page) => !read.has(page.url))
        .delete();
    },
  };
}
