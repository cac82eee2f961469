import { Dexie } from 'dexie';
import type { DrawSystem } from '@/lib/draws/draw';
import type { DrawAlertsDatabase, StoredDraw } from './database';

/** The latest `limit` draws of a system, newest first (same-day rounds by their number). */
export function latestDraws(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  limit: number,
): Promise<StoredDraw[]> {
  return db.draws
    .where('[system+date+sequence]')
    .between([system, Dexie.minKey, Dexie.minKey], [system, Dexie.maxKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export function latestDrawsOfCategory(
  db: DrawAlertsDatabase,
  system: DrawSystem,
  category: string,
  limit: number,
): Promise<StoredDraw[]> {
  return db.draws
    .where('[system+category+date+sequence]')
    .between([system, category, Dexie.minKey, Dexie.minKey], [system, category, Dexie.maxKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export function latestDrawsOfSource(
  db: DrawAlertsDatabase,
  sourceId: string,
  limit: number,
): Promise<StoredDraw[]> {
  return db.draws
    .where('[sourceId+date+sequence]')
    .between([sourceId, Dexie.minKey, Dexie.minKey], [sourceId, Dexie.maxKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}
