import type { DrawAlertsDatabase, HistoryDigestRecord, StoredDraw } from '@/lib/db/database';
import {
  isCalendarDay,
  isObject,
  isText,
  isWhole,
  PROVINCES,
  QUALIFIERS,
  readStoredDraws,
  SCALES,
  SYSTEMS,
} from '@/lib/db/stored-draw';
import type { ExpressEntryDetails, ScoreScale } from '@/lib/draws/draw';
import { isPlausibleScore, MAX_INVITATIONS, type ScoreMaxima } from '@/lib/draws/plausible';
import { SCORE_MAXIMA } from '@/lib/draws/score-scales';
import { packRows, unpackRows } from './digest-codec';
import { DIGEST_NAME, type EarlyHistory } from './early-read';
import { sortDraws } from './filters';

/**
 * The history page's own copy of what it shows of every stored draw, kept in one record.
 *
 * Reading 5,000 stored draws is 4.4 MB of records to read and check (some 200 ms before a chart can be
 * drawn); their history rows, packed in one record, read in a few milliseconds. The digest is derived
 * data: built from the checked draws, stamped with what changes whenever a draw is written, and thrown
 * away (built again from the draws) when its stamp or format differs or any row is not as written.
 */

/** What the history page needs of a draw: all but its round details (distribution, times, facts, corrections). */
export type HistoryRow = Omit<StoredDraw, 'expressEntry' | 'facts' | 'revisions' | 'firstSeenAt'> & {
  /** The programs the round was open to: what the verdict column needs of the round's details. */
  expressEntry: Pick<ExpressEntryDetails, 'programsEligible'> | null;
};

export interface HistoryRead {
  rows: HistoryRow[];
  /** Stored records that could not be read (left out, and said). */
  unreadable: number;
  /** The stamp the rows were read under: a different stamp later means draws were written since. */
  stamp: string;
  fromDigest: boolean;
  /** Settles when a digest built by this read is stored (or could not be: it is built again next time). */
  saved: Promise<void>;
}

/** Raise when a row's shape or meaning changes: a digest of another format is built again. */
export const DIGEST_FORMAT = 2;

export function historyRowOf(draw: StoredDraw): HistoryRow {
  const { expressEntry, facts: _facts, revisions: _revisions, firstSeenAt: _firstSeenAt, ...row } = draw;
  return { ...row, expressEntry: expressEntry ? { programsEligible: expressEntry.programsEligible } : null };
}

/**
 * What changes whenever a stored draw does: draws are written only by a source's poll, in the
 * transaction that sets the source's `lastChangeAt` (and its count of unreadable records, which a poll
 * recounts each time it reads the source's records); the count catches a record added or removed by
 * anyone else, the schema version an upgrade, `build` a new version of the extension's readers. A
 * record a broken disk changes in place is found when the page reads it whole (details, export:
 * `forgetDigest`) or a poll reads that source's records again.
 */
export async function historyStamp(db: DrawAlertsDatabase, build: string): Promise<string> {
  const [count, sources] = await Promise.all([db.draws.count(), db.sources.toArray()]);
  // Dexie's `verno` is the declared version, or IndexedDB's version / 10 after a schema patch (6.1).
  return stampOf(build, Math.floor(db.verno), count, sources);
}

/** The stamp of what is stored (see `historyStamp`), from the records as read, whatever their shape. */
export function stampOf(build: string, verno: number, count: number, sources: readonly unknown[]): string {
  const changes = sources
    .map((source) => {
      const { id, lastChangeAt, unreadableDraws } = isObject(source) ? source : {};
      return `${String(id)}:${String(lastChangeAt)}:${String(unreadableDraws)}`;
    })
    .sort()
    .join(',');
  return `${DIGEST_FORMAT}|${build}|${verno}|${count}|${changes}`;
}

/**
 * The history from what the page's first script read (lib/history/early-read.ts); 'stale' when that
 * was read and holds no current, intact digest (the draws are to be read: new ones came since); null
 * when it could not be read or is of another schema (the page reads through Dexie). The digest is
 * taken at its own count of stored draws (its rows and unreadable records): a record added or removed
 * by anyone but a poll is found by the page's watch on the stamp, which counts them once it is idle.
 */
export async function historyFromEarlyRead(
  early: EarlyHistory,
  schemaVersion: number,
  build: string,
): Promise<HistoryRead | 'stale' | null> {
  const content = early.digest.then(digestContent);
  // Not left unhandled when the stamp's parts fail first.
  content.catch(() => undefined);
  const parts = await early.stampParts;
  // Dexie's schema version n is IndexedDB's 10n, or a little more after Dexie patched the schema in place.
  if (!Number.isSafeInteger(parts.idbVersion) || Math.floor(parts.idbVersion / 10) !== schemaVersion)
    return null;
  if (!Array.isArray(parts.sources)) return null;
  const read = await content;
  if (read === null) return 'stale';
  const stamp = stampOf(build, schemaVersion, read.rows.length + read.unreadable, parts.sources);
  if (read.stamp !== stamp) return 'stale';
  return { rows: read.rows, unreadable: read.unreadable, stamp, fromDigest: true, saved: Promise.resolve() };
}

/**
 * Every readable stored draw as a history row: from the digest when it is current and intact, else
 * from the draws themselves (and a new digest is stored for next time).
 */
export async function readHistory(db: DrawAlertsDatabase, build: string): Promise<HistoryRead> {
  return (await historyFromDigest(db, build)) ?? historyFromDraws(db, build);
}

/** The history from its digest, or null when there is none current and intact. */
export async function historyFromDigest(db: DrawAlertsDatabase, build: string): Promise<HistoryRead | null> {
  let stamp: string;
  let digest: HistoryDigestRecord | undefined;
  try {
    // The stamp and the digest read together: a stale digest is small, and read for nothing only after
    // new draws.
    [stamp, digest] = await db.transaction('r', [db.draws, db.sources, db.digests], () =>
      Promise.all([historyStamp(db, build), db.digests.get(DIGEST_NAME)]),
    );
  } catch (error) {
    // A digest that cannot be read (a large value's file lost, memory short) does not stop the page:
    // the draws are read instead, and their digest replaces it. A database that cannot be read at all
    // fails again here, for the page to say so.
    await historyStamp(db, build);
    console.warn('Draw Alerts could not read the history digest; reading every stored draw', error);
    return null;
  }
  const read = rowsOfDigest(digest, stamp);
  return read && { ...read, stamp, fromDigest: true, saved: Promise.resolve() };
}

/** The history read from every stored draw, each checked; a digest of it is stored for next time. */
export async function historyFromDraws(db: DrawAlertsDatabase, build: string): Promise<HistoryRead> {
  // The stamp read with the records: a write after this read makes the stored digest stale, not wrong.
  const whole = await db.transaction('r', [db.draws, db.sources], async () => ({
    stamp: await historyStamp(db, build),
    records: await db.draws.toArray(),
  }));
  const { draws, unreadable } = readStoredDraws(whole.records);
  // Kept in time order: the charts sort what they are given, and sorted rows sort in one pass.
  const rows = sortDraws(draws.map(historyRowOf), 'date', 'asc');
  const saved = saveDigest(db, whole.stamp, rows, unreadable).catch((error: unknown) => {
    console.warn('Draw Alerts could not keep the history digest; it is built again next time', error);
  });
  return { rows, unreadable, stamp: whole.stamp, fromDigest: false, saved };
}

/**
 * Builds the digest again when it is not current: run by the background after a poll that wrote
 * draws, so the history page opened next (most likely right after a new round) finds it ready
 * instead of reading and checking every record while the user waits. A current digest is left as it
 * is (read, not unpacked: the page checks its rows when it reads them).
 */
export async function refreshDigest(db: DrawAlertsDatabase, build: string): Promise<void> {
  const [stamp, digest] = await db.transaction('r', [db.draws, db.sources, db.digests], () =>
    Promise.all([historyStamp(db, build), db.digests.get(DIGEST_NAME)]),
  );
  if (isObject(digest) && digest.stamp === stamp) return;
  await (await historyFromDraws(db, build)).saved;
}

/**
 * Throws the digest away: the page found a row whose stored draw it could not read, so the next read
 * of the history is from the draws (and says how many could not be read).
 */
export async function forgetDigest(db: DrawAlertsDatabase): Promise<void> {
  await db.digests.delete(DIGEST_NAME);
}

async function saveDigest(
  db: DrawAlertsDatabase,
  stamp: string,
  rows: HistoryRow[],
  unreadable: number,
): Promise<void> {
  const record: HistoryDigestRecord = {
    name: DIGEST_NAME,
    format: DIGEST_FORMAT,
    stamp,
    unreadable,
    rows: packRows(rows),
  };
  await db.digests.put(record);
}

/** The digest's rows when it is current and intact, else null (a broken disk, an older version). */
export function rowsOfDigest(
  record: unknown,
  stamp: string,
): Pick<HistoryRead, 'rows' | 'unreadable'> | null {
  // A stale digest is not unpacked.
  if (!isObject(record) || record.stamp !== stamp) return null;
  const content = digestContent(record);
  return content && { rows: content.rows, unreadable: content.unreadable };
}

/** The digest's rows and the stamp it was built under, or null when it is not intact or of another format. */
export function digestContent(
  record: unknown,
): (Pick<HistoryRead, 'rows' | 'unreadable'> & { stamp: string }) | null {
  if (!isObject(record)) return null;
  const { name, format, stamp, rows: packed, unreadable } = record;
  if (name !== DIGEST_NAME || format !== DIGEST_FORMAT || typeof stamp !== 'string') return null;
  if (!Number.isSafeInteger(unreadable) || (unreadable as number) < 0) return null;
  const rows = unpackRows(packed);
  if (rows === null || !rows.every(isHistoryRow)) return null;
  // One row per draw (the table keys its rows by id).
  if (new Set(rows.map((row) => row.id)).size !== rows.length) return null;
  return { rows, unreadable: unreadable as number, stamp };
}

/** The shape every row of a digest was written in: anything else throws the digest away. */
export function isHistoryRow(value: unknown): value is HistoryRow {
  if (!isObject(value)) return false;
  const { id, system, sourceId, province, number, sequence, date, dateEnd } = value;
  if (!isText(id) || id.length === 0 || id.length > 300 || !SYSTEMS.has(system)) return false;
  if (!isText(sourceId) || sourceId.length === 0 || (number !== null && !isText(number))) return false;
  // As the stored-draw reader leaves them: a provincial draw has its province, a federal round none.
  if (province === null ? system === 'pnp' : system === 'express-entry' || !PROVINCES.has(province))
    return false;
  if (!Number.isFinite(sequence) || !isText(date) || !isCalendarDay(date)) return false;
  if (dateEnd !== null && !(isText(dateEnd) && isCalendarDay(dateEnd) && dateEnd >= date)) return false;
  const { category, categoryName, url, notes, minScore, scoreScale, invitations, expressEntry } = value;
  if (!isText(category) || !isText(categoryName) || !isText(url) || !isText(notes)) return false;
  if (!SCALES.has(scoreScale)) return false;
  const scoreMax = (SCORE_MAXIMA as ScoreMaxima)[scoreScale as ScoreScale];
  if (minScore !== null && !(isWhole(minScore) && isPlausibleScore(minScore, scoreMax))) return false;
  if (invitations !== null) {
    if (!isObject(invitations) || !isWhole(invitations.value) || invitations.value > MAX_INVITATIONS)
      return false;
    if (!QUALIFIERS.has(invitations.qualifier)) return false;
  }
  return expressEntry === null || (isObject(expressEntry) && isText(expressEntry.programsEligible));
}
