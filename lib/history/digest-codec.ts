import type { HistoryRow } from './digest';

/**
 * History rows as columns of numbers over one table of strings, in typed arrays. A history repeats a
 * few systems, streams, scales, program lists and page addresses thousands of times: 5,000 rows are
 * 3 MB as objects (some 150 ms to read back from IndexedDB). As JSON columns they still took 10–40 ms
 * to parse on the page's first read; typed arrays are copied, not parsed.
 */

export const STRING_COLUMNS = [
  'id',
  'system',
  'sourceId',
  'province',
  'number',
  'date',
  'dateEnd',
  'category',
  'categoryName',
  'scoreScale',
  'notes',
  // An address kept as two strings: what the rows share (`…?q=`, the site) and what is the row's own.
  'urlHead',
  'urlTail',
  'qualifier',
  'programsEligible',
] as const;
export const NUMBER_COLUMNS = ['sequence', 'minScore', 'invitations'] as const;

type StringColumn = (typeof STRING_COLUMNS)[number];
const STRING_AT = Object.fromEntries(STRING_COLUMNS.map((name, index) => [name, index])) as Record<
  StringColumn,
  number
>;
const STRING_WIDTH = STRING_COLUMNS.length;
const NUMBER_WIDTH = NUMBER_COLUMNS.length;
/** A string column's null. */
export const NO_STRING = 0xffff_ffff;

/** What `packRows` makes: structured-clone data, as IndexedDB keeps it. */
export interface PackedRows {
  count: number;
  /** Every distinct string, end to end. */
  text: string;
  /** Where each string ends in `text`. */
  ends: Uint32Array;
  /** Each row's strings (indices into the table, `NO_STRING` for null), row after row. */
  strings: Uint32Array;
  /** Each row's sequence, score and invitations (NaN for null), row after row. */
  numbers: Float64Array;
}

export function packRows(rows: readonly HistoryRow[]): PackedRows {
  const table: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | null): number => {
    if (text === null) return NO_STRING;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = table.length;
      table.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const strings = new Uint32Array(rows.length * STRING_WIDTH);
  const numbers = new Float64Array(rows.length * NUMBER_WIDTH);
  rows.forEach((row, index) => {
    const cut = Math.max(row.url.lastIndexOf('/'), row.url.lastIndexOf('=')) + 1;
    const values: Record<StringColumn, string | null> = {
      id: row.id,
      system: row.system,
      sourceId: row.sourceId,
      province: row.province,
      number: row.number,
      date: row.date,
      dateEnd: row.dateEnd,
      category: row.category,
      categoryName: row.categoryName,
      scoreScale: row.scoreScale,
      notes: row.notes,
      urlHead: row.url.slice(0, cut),
      urlTail: row.url.slice(cut),
      qualifier: row.invitations?.qualifier ?? null,
      programsEligible: row.expressEntry?.programsEligible ?? null,
    };
    STRING_COLUMNS.forEach((name, column) => {
      strings[index * STRING_WIDTH + column] = intern(values[name]);
    });
    numbers.set(
      [row.sequence, row.minScore ?? Number.NaN, row.invitations?.value ?? Number.NaN],
      index * NUMBER_WIDTH,
    );
  });
  const ends = new Uint32Array(table.length);
  let end = 0;
  table.forEach((text, index) => {
    end += text.length;
    ends[index] = end;
  });
  return { count: rows.length, text: table.join(''), ends, strings, numbers };
}

/**
 * The rows `packRows` wrote, or null when `packed` is not such a packing (a broken disk, another
 * format). The rows' values are not judged here: the caller holds each row to its shape.
 */
export function unpackRows(packed: unknown): unknown[] | null {
  if (typeof packed !== 'object' || packed === null) return null;
  const { count, text, ends, strings, numbers } = packed as Partial<Record<keyof PackedRows, unknown>>;
  if (!Number.isSafeInteger(count) || (count as number) < 0 || typeof text !== 'string') return null;
  if (!(ends instanceof Uint32Array && strings instanceof Uint32Array && numbers instanceof Float64Array))
    return null;
  const rowCount = count as number;
  if (strings.length !== rowCount * STRING_WIDTH || numbers.length !== rowCount * NUMBER_WIDTH) return null;
  // Every string, and null one past the last: a cell is looked up without a test for null.
  const values: (string | null)[] = new Array(ends.length + 1);
  let start = 0;
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    if (end < start || end > text.length) return null;
    values[index] = text.slice(start, end);
    start = end;
  }
  // The strings are the text, all of it.
  if (start !== text.length) return null;
  values[ends.length] = null;
  const nullAt = ends.length;
  // Each cell an index into them (checked once, here) or NO_STRING.
  const cells = new Uint32Array(strings.length);
  for (let cell = 0; cell < strings.length; cell++) {
    const index = strings[cell] as number;
    if (index === NO_STRING) cells[cell] = nullAt;
    else if (index < nullAt) cells[cell] = index;
    else return null;
  }
  const at = (cell: number) => values[cells[cell] as number] as string | null;
  const number = (value: number) => (Number.isNaN(value) ? null : value);
  const rows: unknown[] = new Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const first = row * STRING_WIDTH;
    const invitations = number(numbers[row * NUMBER_WIDTH + 2] as number);
    const programsEligible = at(first + STRING_AT.programsEligible);
    const head = at(first + STRING_AT.urlHead);
    const tail = at(first + STRING_AT.urlTail);
    rows[row] = {
      id: at(first + STRING_AT.id),
      system: at(first + STRING_AT.system),
      sourceId: at(first + STRING_AT.sourceId),
      province: at(first + STRING_AT.province),
      number: at(first + STRING_AT.number),
      sequence: number(numbers[row * NUMBER_WIDTH] as number),
      date: at(first + STRING_AT.date),
      dateEnd: at(first + STRING_AT.dateEnd),
      category: at(first + STRING_AT.category),
      categoryName: at(first + STRING_AT.categoryName),
      invitations:
        invitations === null ? null : { value: invitations, qualifier: at(first + STRING_AT.qualifier) },
      minScore: number(numbers[row * NUMBER_WIDTH + 1] as number),
      scoreScale: at(first + STRING_AT.scoreScale),
      url: head === null || tail === null ? null : head + tail,
      notes: at(first + STRING_AT.notes),
      expressEntry: programsEligible === null ? null : { programsEligible },
    };
  }
  return rows;
}
