import { Dexie } from 'dexie';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from '@/lib/db/database';
import { recordedProvinceDraws, recordedRounds } from '@/tests/support/recorded-draws';
import { historyFromEarlyRead, readHistory } from './digest';
import { readHistoryEarly, startEarlyReads, takeEarlyReads } from './early-read';

const NAME = 'early-read-test';
const BUILD = '1.2.3';
const SCHEMA = openDrawAlertsDatabase(NAME).verno;
let db: DrawAlertsDatabase;

async function storedDraws(): Promise<StoredDraw[]> {
  const draws = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()];
  return draws.map((draw, index) => ({ ...draw, firstSeenAt: 1_750_000_000_000 + index, revisions: [] }));
}

beforeEach(async () => {
  await Dexie.delete(NAME);
  db = openDrawAlertsDatabase(NAME);
  await db.draws.bulkAdd(await storedDraws());
});

afterEach(() => db.close());

describe("the history page's first read", () => {
  it('reads the same history as the page would through Dexie, once its digest is kept', async () => {
    const built = await readHistory(db, BUILD);
    await built.saved;
    const early = await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD);
    expect(early).toMatchObject({ fromDigest: true, stamp: built.stamp, unreadable: built.unreadable });
    expect(early?.rows).toEqual(built.rows);
    expect(early?.rows.length).toBe(await db.draws.count());
  });

  it('is passed over when the digest is stale, missing, or of another schema or version', async () => {
    // None kept yet.
    expect(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD)).toBeNull();
    await (await readHistory(db, BUILD)).saved;
    const read = readHistoryEarly(indexedDB, NAME);
    const parts = await read.stampParts;
    const withParts = (change: object) => ({ ...read, stampParts: Promise.resolve({ ...parts, ...change }) });
    expect(await historyFromEarlyRead(read, SCHEMA, '1.2.4')).toBeNull();
    expect(await historyFromEarlyRead(read, SCHEMA + 1, BUILD)).toBeNull();
    expect(
      await historyFromEarlyRead(withParts({ idbVersion: (SCHEMA + 1) * 10 }), SCHEMA, BUILD),
    ).toBeNull();
    expect(await historyFromEarlyRead(withParts({ sources: 'garbage' }), SCHEMA, BUILD)).toBeNull();
    expect(
      await historyFromEarlyRead(withParts({ drawCount: parts.drawCount + 1 }), SCHEMA, BUILD),
    ).toBeNull();
    // Dexie patches a schema in place at version 10n + 1: still this schema.
    expect(
      await historyFromEarlyRead(withParts({ idbVersion: SCHEMA * 10 + 1 }), SCHEMA, BUILD),
    ).not.toBeNull();
    // A draw deleted by anyone since: the count differs.
    await db.draws.delete('ee:355');
    expect(await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), SCHEMA, BUILD)).toBeNull();
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
    // What the stamp is made of can be read; the page still reads through Dexie (no digest).
    await expect(read.stampParts).resolves.toMatchObject({ idbVersion: 10 });
    // Its connection is closed: the upgrade to this schema is not blocked.
    db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.tables.map((table) => table.name)).toContain('digests');
  });

  it('is handed from the first script to the page once, with the language', async () => {
    await (await readHistory(db, BUILD)).saved;
    const page = {};
    expect(takeEarlyReads(page)).toBeNull();
    startEarlyReads(page, { history: readHistoryEarly(indexedDB, NAME), language: Promise.resolve('fr') });
    const reads = takeEarlyReads(page);
    expect(takeEarlyReads(page)).toBeNull();
    expect((await reads?.history.stampParts)?.drawCount).toBe(await db.draws.count());
    expect(await reads?.language).toBe('fr');
  });
});
