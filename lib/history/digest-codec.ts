import type { HistoryRow } from './digest';

/**
 * History rows as columns over one table of strings. A history repeats a few systems, streams,
 * scales, program lists and page addresses thousands of times: 5,000 rows are 3 MB as JSON objects
 * (some 45 ms to read and parse), about a sixth of that as columns.
 */

const TEXT_COLUMNS = [
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
] as const;
const NUMBER_COLUMNS = ['sequence', 'minScore'] as const;
/** An address kept as two strings: what the rows share (`…?q=`, the site) and what is the row's own. */
const URL_COLUMNS = ['urlHead', 'urlTail'] as const;
const OTHER_COLUMNS = ['invitations', 'qualifier', 'programsEligible'] as const;

type ColumnName =
  | (typeof TEXT_COLUMNS)[number]
  | (typeof NUMBER_COLUMNS)[number]
  | (typeof URL_COLUMNS)[number]
  | (typeof OTHER_COLUMNS)[number];
const COLUMN_NAMES: readonly ColumnName[] = [
  ...TEXT_COLUMNS,
  ...NUMBER_COLUMNS,
  ...URL_COLUMNS,
  ...OTHER_COLUMNS,
];

interface Packed {
  count: number;
  strings: string[];
  columns: Record<ColumnName, (number | null)[]>;
}

export function packRows(rows: readonly HistoryRow[]): string {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | null): number | null => {
    if (text === null) return null;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const columns = Object.fromEntries(
    COLUMN_NAMES.map((name) => [name, [] as (number | null)[]]),
  ) as Packed['columns'];
  for (const row of rows) {
    for (const name of TEXT_COLUMNS) columns[name].push(intern(row[name]));
    for (const name of NUMBER_COLUMNS) columns[name].push(row[name]);
    const cut = Math.max(row.url.lastIndexOf('/'), row.url.lastIndexOf('=')) + 1;
    columns.urlHead.push(intern(row.url.slice(0, cut)));
    columns.urlTail.push(intern(row.url.slice(cut)));
    columns.invitations.push(row.invitations?.value ?? null);
    columns.qualifier.push(intern(row.invitations?.qualifier ?? null));
    columns.programsEligible.push(intern(row.expressEntry?.programsEligible ?? null));
  }
  const packed: Packed = { count: rows.length, strings, columns };
  return JSON.stringify(packed);
}

class Malformed extends Error {}

/**
 * The rows `packRows` wrote, or null when `text` is not such a packing (a broken disk, another
 * format). The rows' values are not judged here: the caller holds each row to its shape.
 */
export function unpackRows(packedText: string): unknown[] | null {
  try {
    const packed: unknown = JSON.parse(packedText);
    if (typeof packed !== 'object' || packed === null) return null;
    const { count, strings, columns } = packed as Partial<Packed>;
    if (!Number.isSafeInteger(count) || (count as number) < 0) return null;
    if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return null;
    if (typeof columns !== 'object' || columns === null) return null;
    for (const name of COLUMN_NAMES) {
      const column: unknown = columns[name];
      if (!Array.isArray(column) || column.length !== count) return null;
    }
    const text = (name: ColumnName, row: number): string | null => {
      const index = columns[name][row];
      if (index === null) return null;
      if (!Number.isSafeInteger(index) || (index as number) < 0 || (index as number) >= strings.length)
        throw new Malformed();
      return strings[index as number] as string;
    };
    const number = (name: ColumnName, row: number): number | null => {
      const value = columns[name][row];
      if (value !== null && typeof value !== 'number') throw new Malformed();
      return value ?? null;
    };
    const rows: unknown[] = [];
    for (let row = 0; row < (count as number); row++) {
      const invitations = number('invitations', row);
      const programsEligible = text('programsEligible', row);
      const [head, tail] = [text('urlHead', row), text('urlTail', row)];
      rows.push({
        id: text('id', row),
        system: text('system', row),
        sourceId: text('sourceId', row),
        province: text('province', row),
        number: text('number', row),
        sequence: number('sequence', row),
        date: text('date', row),
        dateEnd: text('dateEnd', row),
        category: text('category', row),
        categoryName: text('categoryName', row),
        invitations: invitations === null ? null : { value: invitations, qualifier: text('qualifier', row) },
        minScore: number('minScore', row),
        scoreScale: text('scoreScale', row),
        url: head === null || tail === null ? null : head + tail,
        notes: text('notes', row),
        expressEntry: programsEligible === null ? null : { programsEligible },
      });
    }
    return rows;
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof Malformed) return null;
    throw error;
  }
}
