import { Dexie } from 'dexie';
import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { initialSourceState } from '@/lib/sources/health';
import { recordedStoredDraws } from '@/tests/support/recorded-draws';
import { type HistoryRead, historyFromEarlyRead, historyStamp, readHistory } from './digest';
import { readHistoryEarly, startEarlyReads, takeEarlyReads } from './early-read';

const NAME = 'early-read-test';
const BUILD = '1.2.3';
const SCHEMA = openDrawAlertsDatabase(NAME).verno;
let db: DrawAlertsDatabase;

/** The history when the first read found a current digest; fails the test otherwise. */
function current(read: HistoryRead | 'stale' | null): HistoryRead {
  if (read === null || read === 'stale') throw new Error(`no current digest read (${String(read)})`);
  return read;
}

beforeEach(async () => {
  await Dexie.delete(NAME);
  db = openDrawAlertsDatabase(NAME);
  await db.draws.bulkAdd(await recordedStoredDraws());
});

afterEach(() => db.close());

describe("the history page's first read", () => {
  it('reads the same history as the page would through Dexie, once its digest is kept', async () => {
    const built = await readHistory(db, BUILD);
    await built.saved;
    const early = current(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD));
    expect(early).toMatchObject({ fromDigest: true, stamp: built.stamp, unreadable: built.unreadable });
    expect(early.rows).toEqual(built.rows);
    expect(early.rows.length).toBe(await db.draws.count());
  });

  it('says the digest is stale when it is missing or not current, and leaves another schema to Dexie', async () => {
    // A source polled once; no digest kept yet: the draws are to be read.
    await db.sources.put({ ...initialSourceState('ircc-ee'), lastChangeAt: 1_752_000_000_000 });
    expect(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD)).toBe('stale');
    await (await readHistory(db, BUILD)).saved;
    const read = readHistoryEarly(indexedDB, NAME);
    const parts = await read.stampParts;
    expect(parts.sources).toHaveLength(1);
    const withParts = (change: object) => ({ ...read, stampParts: Promise.resolve({ ...parts, ...change }) });
    expect(current(await historyFromEarlyRead(read, SCHEMA, BUILD)).fromDigest).toBe(true);
    // Another version of the extension built it.
    expect(await historyFromEarlyRead(read, SCHEMA, '1.2.4')).toBe('stale');
    // A source's poll wrote draws (the count the same: corrections), or counted unreadable ones.
    const polled = (change: object) => parts.sources.map((source) => ({ ...(source as object), ...change }));
    expect(
      await historyFromEarlyRead(withParts({ sources: polled({ lastChangeAt: 1 }) }), SCHEMA, BUILD),
    ).toBe('stale');
    expect(
      await historyFromEarlyRead(withParts({ sources: polled({ unreadableDraws: 2 }) }), SCHEMA, BUILD),
    ).toBe('stale');
    // Another schema, or what is not a source list: read through Dexie.
    expect(await historyFromEarlyRead(read, SCHEMA + 1, BUILD)).toBeNull();
    expect(
      await historyFromEarlyRead(withParts({ idbVersion: (SCHEMA + 1) * 10 }), SCHEMA, BUILD),
    ).toBeNull();
    expect(await historyFromEarlyRead(withParts({ sources: 'garbage' }), SCHEMA, BUILD)).toBeNull();
    // Dexie patches a schema in place at version 10n + 1: still this schema.
    expect(
      current(await historyFromEarlyRead(withParts({ idbVersion: SCHEMA * 10 + 1 }), SCHEMA, BUILD)).rows,
    ).toHaveLength(await db.draws.count());
    // A digest whose own count is not its rows and unreadable records was not built from these draws.
    const record = await db.digests.get('history');
    await db.digests.put({
      ...(record as NonNullable<typeof record>),
      unreadable: (record?.unreadable ?? 0) + 1,
    });
    expect(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD)).toBe('stale');
    await db.digests.put(record as NonNullable<typeof record>);
    // A draw deleted by anyone but a poll since: the first read takes the digest at its own count (the
    // draws are not counted before the first rows); the stamp the page watches (it counts them once
    // the page is idle: the e2e test of a corrupt record goes through that watch) differs, and the
    // history read again leaves the draw out.
    await db.draws.delete('ee:355');
    const early = current(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD));
    expect(early.rows.map((row) => row.id)).toContain('ee:355');
    expect(await historyStamp(db, BUILD)).not.toBe(early.stamp);
    const again = await readHistory(db, BUILD);
    expect(again).toMatchObject({ fromDigest: false, stamp: await historyStamp(db, BUILD) });
    expect(again.rows.map((row) => row.id)).not.toContain('ee:355');
  });

  it('makes no database where there is none (a new install), leaving it for Dexie to create', async () => {
    db.close();
    await Dexie.delete(NAME);
    const read = readHistoryEarly(indexedDB, NAME);
    await expect(read.digest).rejects.toBeDefined();
    await expect(read.stampParts).rejects.toBeDefined();
    expect(await Dexie.exists(NAME)).toBe(false);
    db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA);
  });

  it('fails on a database without the digests table, and never holds up its upgrade', async () => {
    db.close();
    await Dexie.delete(NAME);
    const older = new Dexie(NAME);
    older.version(1).stores({ draws: '&id', sources: '&id' });
    await older.open();
    older.close();
    const read = readHistoryEarly(indexedDB, NAME);
    await expect(read.digest).rejects.toBeDefined();
    // What the stamp is made of can be read; the page (another schema) reads through Dexie.
    await expect(read.stampParts).resolves.toMatchObject({ idbVersion: 10 });
    expect(await historyFromEarlyRead(read, SCHEMA, BUILD)).toBeNull();
    db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.tables.map((table) => table.name)).toContain('digests');
  });

  it('gives way to an upgrade that starts while it reads', async () => {
    await (await readHistory(db, BUILD)).saved;
    db.close();
    const read = readHistoryEarly(indexedDB, NAME);
    // A newer version of the extension opens the database at a higher version meanwhile.
    const newer = new Dexie(NAME);
    newer.version(SCHEMA + 1).stores({ draws: '&id', sources: '&id', digests: '&name' });
    const upgraded = newer.open();
    await Promise.allSettled([read.digest, read.stampParts]);
    await upgraded;
    expect(newer.verno).toBe(SCHEMA + 1);
    newer.close();
    db = openDrawAlertsDatabase(NAME);
  });

  it('is handed from the first script to the page once, with the language and the stored profile', async () => {
    await (await readHistory(db, BUILD)).saved;
    const page = {};
    const stored = { version: 2, crsScore: 471 };
    expect(takeEarlyReads(page)).toBeNull();
    startEarlyReads(page, {
      history: readHistoryEarly(indexedDB, NAME),
      language: Promise.resolve('fr'),
      storedProfile: Promise.resolve(stored),
    });
    const reads = takeEarlyReads(page);
    expect(takeEarlyReads(page)).toBeNull();
    expect((await reads?.history.stampParts)?.sources).toEqual(await db.sources.toArray());
    expect(await reads?.language).toBe('fr');
    expect(await reads?.storedProfile).toBe(stored);
  });
});
