import type { DrawSystem } from '@/lib/draws/draw';
import type { DrawAlertsDatabase, StoredDraw } from './database';

/**
 * Bounds of every compound key that starts with `prefix`: a shorter array sorts before its
 * extensions, and an array sorts after any string or number, so `[...prefix, []]` is above them all.
 */
export function keysStartingWith(prefix: (string | number)[]): [(string | number)[], unknown[]] {
  return [prefix, [...prefix, []]];
}

/** The latest `limit` draws of a system, newest first (same-day rounds by their number). */
export function latestDraws(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([system]);
  return db.draws.where('[system+date+sequence]').between(lower, upper).reverse().limit(limit).toArray();
}

export function latestDrawsOfCategory(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  category: string,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([system, category]);
  return db.draws
    .where('[system+category+date+sequence]')
    .between(lower, upper)
    .reverse()
    .limit(limit)
    .toArray();
}

export function latestDrawsOfSource(
  db: DrawAlertsDatabase,
  sourceId: string,
  limit: number,
): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([sourceId]);
  return db.draws.where('[sourceId+date+sequence]').between(lower, upper).reverse().limit(limit).toArray();
}

/** Every stored draw of a source, in date order. */
export function drawsOfSource(db: DrawAlertsDatabase, sourceId: string): Promise<StoredDraw[]> {
  const [lower, upper] = keysStartingWith([sourceId]);
  return db.draws.where('[sourceId+date+sequence]').between(lower, upper).toArray();
}

/** Draws of a system published under a number (`238`, `91a`): one indexed lookup. */
export function drawsNumbered(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  number: string,
): Promise<StoredDraw[]> {
  return db.draws.where('[system+number]').equals([system, number]).toArray();
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
  return db.draws.where('[system+date+sequence]').between([system, from], [system, to, []]).toArray();
}

/** Draws of a system dated `from` or later. */
export function drawsFrom(db: DrawAlertsDatabase, system: DrawSystem, from: string): Promise<StoredDraw[]> {
  return db.draws.where('[system+date+sequence]').between([system, from], [system, []]).toArray();
}

/** The date of a source's first stored draw (one indexed read), or undefined when it has none. */
export async function firstDrawDateOfSource(
  db: DrawAlertsDatabase,
  sourceId: string,
): Promise<string | undefined> {
  const first = await db.draws.where('[sourceId+date+sequence]').between([sourceId], [sourceId, []]).first();
  const date: unknown = first?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
