import type { Collection, InsertType } from 'dexie';
import type { DrawSystem } from '@/lib/draws/draw';
import type { DrawAlertsDatabase, StoredDraw } from './database';
import { isReadableDraw, readStoredDraw, readStoredDraws, type StoredDrawsRead } from './stored-draw';

/**
 * Every read of stored draws goes through here (or through readStoredDraw): records that cannot be
 * read are left out, never thrown on, so one bad record cannot blank a list.
 */

/**
 * Bounds of every compound key that starts with `prefix`: a shorter array sorts before its
 * extensions, and an array sorts after any string or number, so `[...prefix, []]` is above them all.
 */
export function keysStartingWith(prefix: (string | number)[]): [(string | number)[], unknown[]] {
  return [prefix, [...prefix, []]];
}

/** The newest `limit` readable draws of a collection (unreadable ones do not count against it). */
async function newestReadable(
  collection: Collection<StoredDraw, string, InsertType<StoredDraw, 'id'>>,
  limit: number,
): Promise<StoredDraw[]> {
  // Each record read once: the walk stops at the first record after `limit` readable ones.
  const draws: StoredDraw[] = [];
  await collection
    .reverse()
    .until(() => draws.length >= limit)
    .each((record) => {
      const draw = readStoredDraw(record);
      if (draw) draws.push(draw);
    });
  return draws;
}

/** The latest `limit` draws of a system, newest first (same-day rounds by their number). */
export function latestDraws(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([system]);
  return newestReadable(db.draws.where('[system+date+sequence]').between(lower, upper), limit);
}

export function latestDrawsOfCategory(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  category: string,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([system, category]);
  return newestReadable(db.draws.where('[system+category+date+sequence]').between(lower, upper), limit);
}

export function latestDrawsOfSource(
  db: DrawAlertsDatabase,
  sourceId: string,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([sourceId]);
  return newestReadable(db.draws.where('[sourceId+date+sequence]').between(lower, upper), limit);
}

/**
 * A source's stored records as they are, unread: for the poll, which reads them with
 * readStoredDraws and replaces the unreadable ones it can.
 */
export function storedRecordsOfSource(db: DrawAlertsDatabase, sourceId: string): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([sourceId]);
  return db.draws.where('[sourceId+date+sequence]').between(lower, upper).toArray();
}

/** Every stored draw of a source, in date order, and how many records could not be read. */
export async function drawsOfSource(db: DrawAlertsDatabase, sourceId: string): Promise<StoredDrawsRead> {
  return readStoredDraws(await storedRecordsOfSource(db, sourceId));
}

/** The records a query found, read: the unreadable ones left out. */
async function readable(records: Promise<StoredDraw[]>): Promise<StoredDraw[]> {
  return readStoredDraws(await records).draws;
}

/** The readable draws among `ids` (missing and unreadable ones left out), in the order of `ids`. */
export async function drawsByIds(db: DrawAlertsDatabase, ids: readonly string[]): Promise<StoredDraw[]> {
  return readStoredDraws((await db.draws.bulkGet([...ids])).filter((record) => record !== undefined)).draws;
}

/** One draw by id, or undefined when it is missing or cannot be read. */
export async function drawById(db: DrawAlertsDatabase, id: string): Promise<StoredDraw | undefined> {
  return readStoredDraw(await db.draws.get(id)) ?? undefined;
}

/** Draws of a system published under a number (`238`, `91a`): one indexed lookup. */
export function drawsNumbered(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  number: string,
): Promise<StoredDraw[]> {
  return readable(db.draws.where('[system+number]').equals([system, number]).toArray());
}

/**
 * Draws of a system dated from `from` to `to` (YYYY-MM-DD, both included): one index range, as
 * long as the range, whatever the history stored before or after it.
 */
export function drawsDated(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  from: string,
  to: string,
): Promise<StoredDraw[]> {
  return readable(
    db.draws.where('[system+date+sequence]').between([system, from], [system, to, []]).toArray(),
  );
}

/** Draws of a system dated `from` or later. */
export function drawsFrom(db: DrawAlertsDatabase, system: DrawSystem, from: string): Promise<StoredDraw[]> {
  return readable(db.draws.where('[system+date+sequence]').between([system, from], [system, []]).toArray());
}

/**
 * The newest `limit` readable draws of every system together, newest first, read through the date
 * index: a page can show them before it has read (and checked) the whole history.
 */
export async function newestDraws(db: DrawAlertsDatabase, limit: number): Promise<StoredDraw[]> {
  const systems: DrawSystem[] = ['express-entry', 'pnp', 'quebec'];
  const lists = await Promise.all(systems.map((system) => latestDraws(db, system, limit)));
  return lists
    .flat()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.sequence - a.sequence))
    .slice(0, limit);
}

/** The date of a source's first stored draw (one indexed read), or undefined when it has none. */
export async function firstDrawDateOfSource(
  db: DrawAlertsDatabase,
  sourceId: string,
): Promise<string | undefined> {
  const first = await db.draws
    .where('[sourceId+date+sequence]')
    .between([sourceId], [sourceId, []])
    .filter(isReadableDraw)
    .first();
  return readStoredDraw(first)?.date;
}
