import fc from 'fast-check';
import * as v from 'valibot';
import { recordedProvinceDraws, recordedRounds } from '@/tests/support/recorded-draws';
import type { StoredDraw } from './database';
import { isCalendarDay, readStoredDraw, StoredDrawShape, wellFormedCopy } from './stored-draw';

/** What the schema alone makes of a record: the output the fast path must give whenever it answers. */
const throughSchema = (record: unknown) => {
  const parsed = v.safeParse(StoredDrawShape, record);
  return parsed.success ? parsed.output : null;
};

/** Equal values, and the same keys in the same order (an export writes them in that order). */
const expectSameOutput = (actual: unknown, expected: unknown) => {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
};

const stored = (draw: Omit<StoredDraw, 'firstSeenAt' | 'revisions'>): StoredDraw => ({
  ...structuredClone(draw),
  firstSeenAt: 1_780_000_000_000,
  revisions: [],
});

const recorded: StoredDraw[] = [];
beforeAll(async () => {
  recorded.push(
    ...recordedRounds().map(stored),
    ...[...(await recordedProvinceDraws()).values()].flat().map(stored),
  );
});

describe('the fast path of readStoredDraw', () => {
  it('takes every recorded draw, and gives what the schema gives', () => {
    expect(recorded.length).toBeGreaterThan(400);
    expect(recorded.some((draw) => draw.facts.length > 0)).toBe(true);
    expect(recorded.some((draw) => draw.expressEntry?.distribution)).toBe(true);
    for (const draw of recorded) {
      const fast = wellFormedCopy(draw);
      expect(fast, draw.id).toBeDefined();
      expectSameOutput(fast, throughSchema(draw));
    }
  });

  it('copies as the schema does: unknown keys left out, nothing shared with the record but facts', () => {
    const round = recorded.find((draw) => draw.expressEntry?.distribution);
    if (!round) throw new Error('no round with a distribution');
    const record = {
      ...structuredClone(round),
      planted: '<b>x</b>',
      invitations: { value: 10, qualifier: 'exact', extra: 1 },
    };
    const fast = wellFormedCopy(record);
    expectSameOutput(fast, throughSchema(record));
    expect(fast).not.toHaveProperty('planted');
    expect(fast?.invitations).toEqual({ value: 10, qualifier: 'exact' });
    expect(fast?.expressEntry).not.toBe(record.expressEntry);
    expect(fast?.expressEntry?.distribution?.counts).not.toBe(record.expressEntry?.distribution?.counts);
  });

  it('leaves to the schema what needs repair, and reads corrupted records as the schema does', () => {
    const values = [
      undefined,
      null,
      '',
      'x',
      '2024-02-29',
      '2023-02-29',
      '2026-13-01',
      ' 2026-01-01',
      '2026-08-05T14:00:00Z',
      'https://evil.example/',
      'a'.repeat(301),
      0,
      -0,
      -1,
      1.5,
      2016,
      1_000_000,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      true,
      [],
      [{ kind: 'cut-off', text: 'x' }],
      [{ kind: 'cut-off', text: '' }],
      // biome-ignore lint/suspicious/noSparseArray: a hole, as a broken disk could leave one
      [, { kind: 'occupations', text: 'x' }],
      [{ seenAt: 1, changes: [{ field: 'minScore', from: 1, to: 2 }] }],
      [{ seenAt: 1, changes: [{ field: 'unknown' }] }],
      Array.from({ length: 18 }, () => 1),
      Array.from({ length: 17 }, () => 1),
      {},
      { value: 10, qualifier: 'fewer-than' },
      { value: 10, qualifier: 'about' },
      { asOn: '2026-08-01', asOnText: 'x', counts: Array.from({ length: 18 }, () => 0) },
      'express-entry',
      'pnp',
      'quebec',
      'on',
      'crs',
      'none',
      'fewer-than',
    ];
    const paths = [
      ...Object.keys(StoredDrawShape.entries).map((key) => [key]),
      ['invitations', 'value'],
      ['invitations', 'qualifier'],
      ...['ranAt', 'ranAtText', 'cutOffAt', 'cutOffText', 'programsEligible', 'distribution'].map((key) => [
        'expressEntry',
        key,
      ]),
      ['expressEntry', 'distribution', 'counts'],
      ['expressEntry', 'distribution', 'asOn'],
      ['facts', '0', 'text'],
      ['facts', '0', 'kind'],
      ['revisions', '0'],
    ];
    const corruption = fc.record({
      draw: fc.nat(),
      changes: fc.array(
        fc.record({
          path: fc.constantFrom(...paths),
          value: fc.constantFrom(...values),
          drop: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    let fastTaken = 0;
    let schemaTaken = 0;
    fc.assert(
      fc.property(corruption, ({ draw, changes }) => {
        const record = structuredClone(recorded[draw % recorded.length]) as unknown as Record<
          string,
          unknown
        >;
        for (const { path, value, drop } of changes) {
          let holder: unknown = record;
          for (const key of path.slice(0, -1)) holder = (holder as Record<string, unknown> | null)?.[key];
          if (typeof holder !== 'object' || holder === null) continue;
          const last = path[path.length - 1] as string;
          if (drop) delete (holder as Record<string, unknown>)[last];
          else (holder as Record<string, unknown>)[last] = structuredClone(value);
        }
        const fast = wellFormedCopy(record);
        if (fast === undefined) schemaTaken += 1;
        else {
          fastTaken += 1;
          expectSameOutput(fast, throughSchema(record));
        }
        // And the whole read is what the schema path makes of it.
        const read = readStoredDraw(record);
        if (throughSchema(record) === null) expect(read).toBeNull();
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    // Both paths were exercised: the corruptions that the fast path may keep and those it may not.
    expect(fastTaken).toBeGreaterThan(100);
    expect(schemaTaken).toBeGreaterThan(100);
  });
});

describe('isCalendarDay', () => {
  /** The check it replaced: a `Date` round trip. */
  const byDate = (text: string) => {
    if (!/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) return false;
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
  };

  it('agrees with a Date round trip on every month and day of leap, common and century years', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    let days = 0;
    for (const year of [
      0, 1, 4, 100, 400, 1582, 1900, 1970, 2000, 2015, 2023, 2024, 2025, 2026, 2100, 9999,
    ]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDay(text), text).toBe(byDate(text));
          if (byDate(text)) days += 1;
        }
      }
    }
    expect(days).toBe(16 * 365 + 5); // leap: 0, 4, 400, 2000, 2024 (not 100, 1900, 2100)
  });

  it.each(['2026-1-01', '2026-01-01 ', '2026-01-01\n', '+02026-01-01', '2026/01/01', '２０２６-01-01', ''])(
    'refuses %j as the Date round trip does',
    (text) => {
      expect(isCalendarDay(text)).toBe(false);
      expect(byDate(text)).toBe(false);
    },
  );
});
