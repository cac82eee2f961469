import { Dexie } from 'dexie';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from '@/lib/db/database';
import { readStoredDraws } from '@/lib/db/stored-draw';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { pollSource } from '@/lib/sources/poll';
import { sharedFixture } from '@/tests/support/fixtures';
import { recordedRounds, recordedStoredDraws } from '@/tests/support/recorded-draws';
import {
  DIGEST_FORMAT,
  forgetDigest,
  historyRowOf,
  historyStamp,
  isHistoryRow,
  readHistory,
  refreshDigest,
  rowsOfDigest,
} from './digest';
import {
  NO_STRING,
  NUMBER_COLUMNS,
  type PackedRows,
  packRows,
  STRING_COLUMNS,
  unpackRows,
} from './digest-codec';
import { sortDraws } from './filters';

const NAME = 'digest-test';
const BUILD = '1.2.3';
let db: DrawAlertsDatabase;

/** The rows the history must show for what is stored: every readable draw, in time order. */
async function expectedRows() {
  const { draws, unreadable } = readStoredDraws(await db.draws.toArray());
  return { rows: sortDraws(draws.map(historyRowOf), 'date', 'asc'), unreadable };
}

async function digestRecord() {
  const record = await db.digests.get('history');
  if (!record) throw new Error('no digest stored');
  return record;
}

/** The packing with one string of its table replaced. */
function withString(packed: PackedRows, from: string, to: string): PackedRows {
  const table = [...packed.ends].map((end, index) => packed.text.slice(packed.ends[index - 1] ?? 0, end));
  const changed = table.map((text) => (text === from ? to : text));
  let end = 0;
  const ends = Uint32Array.from(changed, (text) => (end += text.length));
  return { ...packed, text: changed.join(''), ends };
}

/** The packing with one column's cells changed (a string column's cells are indices into the table). */
function withColumn(
  packed: PackedRows,
  name: (typeof STRING_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number],
  change: (cell: number, row: number) => number,
): PackedRows {
  const stringColumn = STRING_COLUMNS.indexOf(name as (typeof STRING_COLUMNS)[number]);
  const [cells, width, column] =
    stringColumn >= 0
      ? [packed.strings.slice(), STRING_COLUMNS.length, stringColumn]
      : [packed.numbers.slice(), NUMBER_COLUMNS.length, NUMBER_COLUMNS.indexOf(name as never)];
  for (let row = 0; row < packed.count; row++) {
    cells[row * width + column] = change(cells[row * width + column] ?? 0, row);
  }
  return cells instanceof Uint32Array ? { ...packed, strings: cells } : { ...packed, numbers: cells };
}

beforeEach(async () => {
  await Dexie.delete(NAME);
  db = openDrawAlertsDatabase(NAME);
  await db.draws.bulkAdd(await recordedStoredDraws());
});

afterEach(() => db.close());

describe('the history digest', () => {
  it('is built from the checked draws on the first read and read back the same on the next', async () => {
    // One record a broken disk left unreadable: counted, never shown.
    await db.draws.put({ id: 'broken', date: 'not a day' } as unknown as StoredDraw);
    const first = await readHistory(db, BUILD);
    await first.saved;
    const expected = await expectedRows();
    expect(first).toMatchObject({ fromDigest: false, unreadable: 1 });
    expect(first.rows).toEqual(expected.rows);
    expect(first.rows.map((row) => row.id)).not.toContain('broken');

    const second = await readHistory(db, BUILD);
    expect(second).toMatchObject({ fromDigest: true, unreadable: 1, stamp: first.stamp });
    expect(second.rows).toEqual(expected.rows);
    // Only what the page shows is kept: no distribution, facts or corrections of a round.
    const round = second.rows.find((row) => row.system === 'express-entry');
    expect(Object.keys(round ?? {}).sort()).toEqual(
      [
        'category',
        'categoryName',
        'date',
        'dateEnd',
        'expressEntry',
        'id',
        'invitations',
        'minScore',
        'notes',
        'number',
        'province',
        'scoreScale',
        'sequence',
        'sourceId',
        'system',
        'url',
      ].sort(),
    );
  });

  it('is read again from the draws after a poll stores new rounds, and then includes them', async () => {
    await db.draws.clear();
    const earlier = sharedFixture('express-entry', '2025-07-09.json');
    const later = sharedFixture('express-entry', '2025-07-24.json');
    const poll = (body: string, now: number) =>
      pollSource(expressEntrySource, {
        db,
        policy: { fetch: (async () => new Response(body)) as unknown as typeof fetch, timeoutMs: 1000 },
        now: () => now,
        random: () => 0.5,
        intervalMs: 1_800_000,
      });
    await poll(earlier, Date.parse('2025-07-09T15:00:00Z'));
    const before = await readHistory(db, BUILD);
    await before.saved;
    expect(before.rows.map((row) => row.id)).not.toContain('ee:357');
    expect((await readHistory(db, BUILD)).fromDigest).toBe(true);

    await poll(later, Date.parse('2025-07-24T15:00:00Z'));
    expect(await historyStamp(db, BUILD)).not.toBe(before.stamp);
    const after = await readHistory(db, BUILD);
    expect(after.fromDigest).toBe(false);
    expect(after.rows.slice(-2).map((row) => row.id)).toEqual(['ee:356', 'ee:357']);
    expect(after.rows).toEqual((await expectedRows()).rows);
  });

  it('is built again by the background after a poll wrote draws, and a current one is left alone', async () => {
    await refreshDigest(db, BUILD);
    const built = await digestRecord();
    expect(built.stamp).toBe(await historyStamp(db, BUILD));
    expect((await readHistory(db, BUILD)).fromDigest).toBe(true);

    // Current: not written again.
    const puts: unknown[] = [];
    db.digests.hook('creating', (key) => void puts.push(key));
    db.digests.hook('updating', (_changes, key) => void puts.push(key));
    await refreshDigest(db, BUILD);
    expect(puts).toEqual([]);

    // A poll of a newer feed (two new rounds): the digest is stale, and built again with them.
    const later = sharedFixture('express-entry', '2025-07-24.json');
    await pollSource(expressEntrySource, {
      db,
      policy: { fetch: (async () => new Response(later)) as unknown as typeof fetch, timeoutMs: 1000 },
      now: () => Date.parse('2025-07-24T15:00:00Z'),
      random: () => 0.5,
      intervalMs: 1_800_000,
    });
    await refreshDigest(db, BUILD);
    expect(puts).toHaveLength(1);
    const read = await readHistory(db, BUILD);
    expect(read.fromDigest).toBe(true);
    expect(read.rows.map((row) => row.id)).toContain('ee:357');
    expect(read.rows).toEqual((await expectedRows()).rows);
  });

  it('is not read by another version of the extension, or after a draw was written by anyone', async () => {
    await (await readHistory(db, BUILD)).saved;
    expect((await readHistory(db, '1.2.4')).fromDigest).toBe(false);
    await (await readHistory(db, BUILD)).saved;
    await db.draws.delete('ee:355');
    const read = await readHistory(db, BUILD);
    expect(read.fromDigest).toBe(false);
    expect(read.rows.map((row) => row.id)).not.toContain('ee:355');
  });

  it('is thrown away and built again when it is broken, leaving the stored draws as they were', async () => {
    await (await readHistory(db, BUILD)).saved;
    const good = await digestRecord();
    const packed = good.rows;
    const aDay = recordedRounds()[0]?.date ?? '';
    const broken: [string, Partial<typeof good>][] = [
      ['cut short', { rows: { ...packed, strings: packed.strings.slice(0, packed.strings.length / 2) } }],
      ['strings that end past the text', { rows: { ...packed, text: packed.text.slice(0, -1) } }],
      ['columns that are not typed arrays', { rows: { ...packed, numbers: [...packed.numbers] as never } }],
      ['a day that does not exist', { rows: withString(packed, aDay, '2026-02-30') }],
      ['a system that does not exist', { rows: withString(packed, 'express-entry', 'lottery') }],
      ['a string that is not in the table', { rows: withColumn(packed, 'id', () => 1e9) }],
      ['a count no round can have', { rows: withColumn(packed, 'invitations', () => 5_000_000) }],
      ['a score off its scale', { rows: withColumn(packed, 'minScore', () => 4_000) }],
      ['provincial draws without their province', { rows: withColumn(packed, 'province', () => NO_STRING) }],
      ['two rows of one draw', { rows: withColumn(packed, 'id', (index, row) => (row === 1 ? 0 : index)) }],
      ['an older format', { format: DIGEST_FORMAT - 1 }],
      ['a count of unreadable records that is not one', { unreadable: -3 }],
    ];
    const draws = await db.draws.orderBy('id').toArray();
    const expected = await expectedRows();
    for (const [what, change] of broken) {
      await db.digests.put({ ...good, ...change });
      const read = await readHistory(db, BUILD);
      await read.saved;
      expect({ what, fromDigest: read.fromDigest }).toEqual({ what, fromDigest: false });
      expect(read.rows).toEqual(expected.rows);
      expect(await digestRecord()).toEqual(good);
    }
    expect(await db.draws.orderBy('id').toArray()).toEqual(draws);
  });

  it('that cannot be read (a large value lost, memory short) is passed over for the draws themselves', async () => {
    await (await readHistory(db, BUILD)).saved;
    const get = vi
      .spyOn(db.digests, 'get')
      .mockRejectedValueOnce(new DOMException('Failed to read large IndexedDB value', 'DataError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const read = await readHistory(db, BUILD);
    expect(get).toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    expect(read.fromDigest).toBe(false);
    expect(read.rows).toEqual((await expectedRows()).rows);
    await read.saved;
    expect((await readHistory(db, BUILD)).fromDigest).toBe(true);
    get.mockRestore();
    warn.mockRestore();
  });

  it('is forgotten when the page finds a row it cannot read whole, and the next read counts it', async () => {
    await (await readHistory(db, BUILD)).saved;
    // A broken disk changes a record in place: the count and the sources stay as they were.
    await db.draws.put({ id: 'ee:355', system: 'express-entry', date: 'garbage' } as unknown as StoredDraw);
    expect((await readHistory(db, BUILD)).fromDigest).toBe(true);
    await forgetDigest(db);
    const read = await readHistory(db, BUILD);
    expect(read).toMatchObject({ fromDigest: false, unreadable: 1 });
    expect(read.rows.map((row) => row.id)).not.toContain('ee:355');
  });

  it('refuses what is not a digest at all', () => {
    for (const record of [null, undefined, 'history', 42, [], { name: 'history' }]) {
      expect(rowsOfDigest(record, 'stamp')).toBeNull();
    }
  });
});

describe('packed rows', () => {
  it('come back as they were packed, in a fraction of the room', async () => {
    const { rows } = await expectedRows();
    // Bounds, missing figures, multi-day provincial draws and official pages of every shape are among them.
    expect(rows.some((row) => row.invitations?.qualifier === 'fewer-than')).toBe(true);
    expect(rows.some((row) => row.minScore === null)).toBe(true);
    const packed = packRows(rows);
    expect(unpackRows(structuredClone(packed))).toEqual(rows);
    const room =
      packed.text.length * 2 + packed.ends.byteLength + packed.strings.byteLength + packed.numbers.byteLength;
    expect(room).toBeLessThan(JSON.stringify(rows).length / 2);
  });

  it('are refused, not read, when the packing is not one', async () => {
    const { rows } = await expectedRows();
    const packed = packRows(rows.slice(0, 3));
    const empty = {
      count: 1,
      text: '',
      ends: new Uint32Array(),
      strings: new Uint32Array(),
      numbers: new Float64Array(),
    };
    for (const notPacked of [
      '',
      [],
      null,
      JSON.parse(JSON.stringify(packed)),
      { ...packed, count: -1 },
      { ...packed, count: 2 },
      empty,
      { ...packed, ends: Uint32Array.from(packed.ends).reverse() },
    ]) {
      expect(unpackRows(notPacked)).toBeNull();
    }
  });

  it('are each held to the shape they were written in', async () => {
    const { rows } = await expectedRows();
    // A federal round first; a provincial draw without its province after.
    const row = rows.find((candidate) => candidate.system === 'express-entry');
    const provincial = rows.find((candidate) => candidate.system === 'pnp');
    expect(isHistoryRow(row)).toBe(true);
    expect(isHistoryRow(provincial)).toBe(true);
    expect(isHistoryRow({ ...provincial, province: null })).toBe(false);
    for (const change of [
      { id: '' },
      { id: 'x'.repeat(301) },
      { sourceId: '' },
      { province: 'ON' },
      { date: '2025-13-01' },
      { dateEnd: '2000-01-01' },
      { minScore: -1 },
      { scoreScale: 'stars' },
      { province: 'XX' },
      { invitations: { value: 10, qualifier: 'about' } },
      { expressEntry: { programsEligible: 7 } },
      { url: null },
    ]) {
      expect({ change, ok: isHistoryRow({ ...row, ...change }) }).toEqual({ change, ok: false });
    }
  });
});
