import { Dexie, type EntityTable } from 'dexie';
import type { Draw } from '@/lib/draws/draw';
import { factsFromNotesBeforeV5 } from '@/lib/draws/facts';
import type { DrawRevision } from '@/lib/draws/revisions';
import type { PackedRows } from '@/lib/history/digest-codec';
import type { FaultKind, FaultReason } from '@/lib/sources/fault-reason';
import { DATABASE_NAME } from './name';

/**
 * A draw as stored: the record, when this installation first saw it, and the corrections its
 * source made to its figures since (oldest first).
 */
export interface StoredDraw extends Draw {
  firstSeenAt: number;
  revisions: DrawRevision[];
}

/** What Draw Alerts knows about one source's health and what it last read from it. */
export interface SourceState {
  id: string;
  lastAttemptAt: number | null;
  /** Last time the source answered with something readable (changed or not). */
  lastSuccessAt: number | null;
  /** Last time what the source says changed. */
  lastChangeAt: number | null;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the last body read successfully: an unchanged body writes no draws. */
  contentHash: string | null;
  /** Draws in the last body read successfully: a much shorter one is refused as truncated. */
  drawCount: number;
  consecutiveFailures: number;
  failingSince: number | null;
  /** Why the last attempt failed, as facts (text is made where it is shown), or null. */
  lastError: { kind: FaultKind; reason: FaultReason } | null;
  /** Not polled before this moment (interval after success, back-off after failure). */
  nextAttemptAt: number;
  skipped: number;
  /** Maintainer log lines for the skipped rows (a few), never shown to users as they are. */
  skippedReasons: string[];
  /**
   * Stored draws of this source that could not be read (an older version's bug, a disk fault) as of
   * its last read: they are left out of every list, and this says how many.
   */
  unreadableDraws: number;
}

/**
 * What Draw Alerts decided about a draw the first time it saw it. Written in the transaction that
 * stores the draw, so a draw is weighed once, ever: no repeat after a restart, a rename or a re-listing.
 */
export interface AlertRecord {
  drawId: string;
  decidedAt: number;
  /** silent: never notified (history, not followed, notifications off); pending: to show; shown. */
  state: 'silent' | 'pending' | 'shown';
  /** 1 while a new draw that matters to the user has not been seen in the popup (the badge counts these). */
  unseen: 0 | 1;
}

/**
 * A page a source links to (a Manitoba draw post), read once: its validators, and what the source
 * read from it (facts, as the source's reader made them), so it is not fetched again unless it may
 * still change (lib/sources/linked-pages.ts).
 */
export interface LinkedPageState {
  url: string;
  sourceId: string;
  etag: string | null;
  lastModified: string | null;
  contentHash: string;
  /** The source's reader version that made `value`: an older one's reading is read again. */
  readerVersion: number;
  value: unknown;
  /** The page's own date (YYYY-MM-DD), when it states one. */
  datedOn: string | null;
  firstReadAt: number;
  /** Last time it was fetched or confirmed unchanged. */
  checkedAt: number;
}

/**
 * Data derived from the stored draws and kept to be read fast (the history page's rows): never the
 * only copy of anything, thrown away and built again whenever it is stale or broken.
 */
export interface HistoryDigestRecord {
  name: string;
  format: number;
  /** What the draws were when it was built (lib/history/digest.ts). */
  stamp: string;
  unreadable: number;
  /** The rows, packed (lib/history/digest-codec.ts): a few typed arrays read faster than 5,000 objects. */
  rows: PackedRows;
}

export type DrawAlertsDatabase = Dexie & {
  draws: EntityTable<StoredDraw, 'id'>;
  sources: EntityTable<SourceState, 'id'>;
  alerts: EntityTable<AlertRecord, 'drawId'>;
  linkedPages: EntityTable<LinkedPageState, 'url'>;
  digests: EntityTable<HistoryDigestRecord, 'name'>;
};

export { DATABASE_NAME };

/**
 * The schema, one `version()` per release that changed it. A version with an upgrader is never
 * edited afterwards: add a new one (and a test that upgrades data stored by the previous one).
 */
export function openDrawAlertsDatabase(name = DATABASE_NAME): DrawAlertsDatabase {
  const db = new Dexie(name) as DrawAlertsDatabase;
  db.version(1).stores({
    draws:
      '&id, [system+date+sequence], [sourceId+date+sequence], [system+category+date+sequence], firstSeenAt',
    sources: '&id',
  });
  // v2 (alerts): every draw stored by v1 is history the user already had: weighed, silent, seen.
  db.version(2)
    .stores({ alerts: '&drawId, state, unseen' })
    .upgrade(async (tx) => {
      const draws = await tx.table<StoredDraw>('draws').toArray();
      await tx
        .table<AlertRecord>('alerts')
        .bulkAdd(
          draws.map((draw) => ({ drawId: draw.id, decidedAt: draw.firstSeenAt, state: 'silent', unseen: 0 })),
        );
    });
  // v3 (schedule): linked pages kept with their validators, so a Manitoba post is fetched once;
  // draws by [system+number], so a claim "draw #273" is resolved by one indexed lookup. Draws keep
  // their shape (Dexie builds the new index over the stored ones); no linked page is known yet.
  db.version(3).stores({
    draws:
      '&id, [system+date+sequence], [sourceId+date+sequence], [system+category+date+sequence], firstSeenAt, [system+number]',
    linkedPages: '&url, sourceId',
  });
  // v4 (hardening): corrections keep the figures they replace (`revisions`), faults are facts
  // (`lastError.reason`), unreadable stored draws are counted per source. Kept as its own block.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('draws')
        .toCollection()
        .modify((draw: Record<string, unknown>) => {
          if (!Array.isArray(draw.revisions)) draw.revisions = [];
        });
      await tx
        .table('sources')
        .toCollection()
        .modify((state: Record<string, unknown>) => {
          state.unreadableDraws = 0;
          // A fault before v4 carried an English sentence; its kind is kept, the sentence is not.
          const lastError = state.lastError as { kind?: unknown } | null | undefined;
          state.lastError =
            lastError && typeof lastError.kind === 'string'
              ? { kind: lastError.kind, reason: { code: 'earlier-version' } }
              : null;
        });
    });
  // v5 (registry): what a page states in fields of its own is kept as facts (`facts`), worded where
  // it is shown; notes keep the page's own words only. The English sentences v4 and before wrote
  // into a provincial draw's notes are read back into facts; ids do not change.
  db.version(5)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('draws')
        .toCollection()
        .modify((draw: Record<string, unknown>) => {
          if (draw.system === 'express-entry' || typeof draw.notes !== 'string') {
            draw.facts = [];
            return;
          }
          const { notes, facts } = factsFromNotesBeforeV5(draw.notes);
          draw.notes = notes;
          draw.facts = facts;
        });
    });
  // Derived data only: an upgrade that changes stored draws need not touch it (the schema version is
  // part of a digest's stamp, so every digest is built again after one).
  db.version(6).stores({ digests: '&name' });
  return db;
}
